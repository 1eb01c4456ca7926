#pragma once
// What the diner sees of the menu: one category, or everything matching a search, less the
// dishes that carry an allergen the diner excludes or lack a dietary tag the diner requires.

#include <QSortFilterProxyModel>
#include <QStringList>

namespace tableside {

class MenuFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    // A number in QML, as the kitchen's ids are: a double holds every id the store makes.
    Q_PROPERTY(
        double categoryId READ categoryNumber WRITE setCategoryNumber NOTIFY categoryIdChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // EU-14 codes: a dish containing any of them is hidden.
    Q_PROPERTY(QStringList excludedAllergens READ excludedAllergens NOTIFY filtersChanged)
    // Dietary codes: a dish must carry every one of them.
    Q_PROPERTY(QStringList requiredDietary READ requiredDietary NOTIFY filtersChanged)
    Q_PROPERTY(int activeFilterCount READ activeFilterCount NOTIFY filtersChanged)

public:
    explicit MenuFilterModel(QObject *parent = nullptr);

    qint64 categoryId() const { return m_categoryId; }
    void setCategoryId(qint64 id);
    double categoryNumber() const { return double(m_categoryId); }
    void setCategoryNumber(double id) { setCategoryId(qint64(id)); }
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    int count() const { return rowCount(); }

    QStringList excludedAllergens() const { return m_excludedAllergens; }
    QStringList requiredDietary() const { return m_requiredDietary; }
    int activeFilterCount() const
    {
        return int(m_excludedAllergens.size() + m_requiredDietary.size());
    }
    Q_INVOKABLE void toggleAllergen(const QString &code);
    Q_INVOKABLE void toggleDietary(const QString &code);
    // Forgets search and filters (a new party); the category stays.
    Q_INVOKABLE void clearFilters();

signals:
    void categoryIdChanged();
    void searchTextChanged();
    void countChanged();
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    qint64 m_categoryId = 0; // 0: every category
    QString m_searchText;
    QStringList m_excludedAllergens;
    QStringList m_requiredDietary;
};

} // namespace tableside
