#pragma once
// What the diner sees of the menu: one category, or everything matching a search.

#include <QSortFilterProxyModel>

namespace tableside {

class MenuFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    Q_PROPERTY(qint64 categoryId READ categoryId WRITE setCategoryId NOTIFY categoryIdChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit MenuFilterModel(QObject *parent = nullptr);

    qint64 categoryId() const { return m_categoryId; }
    void setCategoryId(qint64 id);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    int count() const { return rowCount(); }

signals:
    void categoryIdChanged();
    void searchTextChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_categoryId = 0; // 0: every category
    QString m_searchText;
};

} // namespace tableside
