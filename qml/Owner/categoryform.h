#pragma once
// The owner's form for one category: its name in each of the venue's languages (the default one
// needed, the missing ones marked), its key (made from the default name while the category is
// new, and editable until it is saved), and whether the tables show it. What it holds becomes one
// edit of the draft ({"put": "category", …}); why it cannot be saved or removed is said here.

#include "maprowsmodel.h"
#include "menudocument.h"
#include "windowsform.h"

#include <QJsonObject>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tableside {

class CategoryForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the owner's screen")
    Q_PROPERTY(QString key READ key NOTIFY changed)
    // A category not yet in the draft: its key can still be changed.
    Q_PROPERTY(bool isNew READ isNew NOTIFY changed)
    // {language, languageName, name, nameMissing, isDefault}, the default language first.
    Q_PROPERTY(tableside::MapRowsModel *texts READ texts CONSTANT)
    Q_PROPERTY(bool hidden READ hidden NOTIFY changed)
    // Why it cannot be saved ("" when it can): no default name, or a key that will not do.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(bool modified READ modified NOTIFY changed)
    Q_PROPERTY(bool canSave READ canSave NOTIFY changed)
    // Why it cannot be removed ("" when it can): the dishes it still holds, in words.
    Q_PROPERTY(QString removeProblem READ removeProblem NOTIFY changed)
    Q_PROPERTY(bool canRemove READ canRemove NOTIFY changed)
    // When its dishes can be ordered (its availability windows).
    Q_PROPERTY(tableside::WindowsForm *windows READ windows CONSTANT)

public:
    // The screen's sentence for a source text of the context "tableside::MenuStructure"; %Ln
    // filled with n.
    using Say = std::function<QString(const char *source, int n)>;
    using LanguageName = std::function<QString(const QString &code)>;

    CategoryForm(Say say, LanguageName languageName, QObject *parent = nullptr);

    // Opens `key` of `document`, or a new category when `key` is empty.
    void open(const MenuDocument &document, const QString &key);
    // The draft changed under the form (its dishes, another category's key).
    void setDocument(const MenuDocument &document);
    void retranslate();
    const DocumentCategory &current() const { return m_category; }
    // {"put": "category", "entry": {…}}
    QJsonObject edit() const;

    QString key() const { return m_category.key; }
    bool isNew() const { return m_isNew; }
    MapRowsModel *texts() { return &m_texts; }
    WindowsForm *windows() { return &m_windows; }
    bool hidden() const { return m_category.hidden; }
    QString problem() const;
    bool modified() const { return m_isNew || m_category != m_original; }
    bool canSave() const { return modified() && problem().isEmpty(); }
    QString removeProblem() const;
    bool canRemove() const { return !m_isNew && removeProblem().isEmpty(); }

    Q_INVOKABLE void setName(const QString &language, const QString &text);
    // A key typed by the owner (a new category only); from then on the name no longer makes it.
    Q_INVOKABLE void setKey(const QString &key);
    Q_INVOKABLE void setHidden(bool hidden);

signals:
    void changed();

private:
    void refreshRows();
    QStringList takenKeys() const;

    Say m_say;
    LanguageName m_languageName;
    MenuDocument m_document;
    DocumentCategory m_original;
    DocumentCategory m_category;
    bool m_isNew = false;
    bool m_keyTyped = false;
    MapRowsModel m_texts{{"language", "languageName", "name", "nameMissing", "isDefault"},
                         "language"};
    WindowsForm m_windows;
};

} // namespace tableside
