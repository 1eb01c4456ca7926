#pragma once
// The graphical roles. Each role's file starts its screen against a hub and renders its
// screenshots; screensentry.cpp only dispatches.

#include "commandline.h"

#include <QGuiApplication>
#include <QSize>

namespace tableside {

struct ScreenshotRequest {
    QString role;
    QString screen;
    QString language;
    QSize size;
    QString out;
    QString db; // empty: a fresh demo venue in a scratch folder
    QString station;
    bool portrait = false; // --orientation portrait: the owner's preview of a table upright
};

// The embedded venue: a hub on loopback with the table 1, kitchen and floor screens as its clients.
int runEmbedded(QGuiApplication &app);

int runTableRole(QGuiApplication &app, const CommandLine &line); // tablerole.cpp
int screenshotTable(const ScreenshotRequest &request);           // tablerole.cpp

int runKitchenRole(QGuiApplication &app, const CommandLine &line); // kitchenrole.cpp
int screenshotKitchen(const ScreenshotRequest &request);           // kitchenrole.cpp

int runHostRole(QGuiApplication &app, const CommandLine &line); // hostrole.cpp
int screenshotHost(const ScreenshotRequest &request);           // hostrole.cpp

int runOwnerRole(QGuiApplication &app, const CommandLine &line); // ownerrole.cpp
int screenshotOwner(const ScreenshotRequest &request);           // ownerrole.cpp

} // namespace tableside
