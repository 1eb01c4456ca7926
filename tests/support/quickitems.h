#pragma once
// Finding what a user would see in a real QML window: the first visible item with an objectName.

#include <QQuickItem>
#include <QString>

namespace tableside::testing {

inline QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name && root->isVisible())
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

} // namespace tableside::testing
