#include "allergensmodel.h"

#include "allergen.h"
#include "menufiltermodel.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

const char *sourceName(Allergen allergen)
{
    switch (allergen) {
    case Allergen::Gluten:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Gluten");
    case Allergen::Crustaceans:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Crustaceans");
    case Allergen::Eggs:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Eggs");
    case Allergen::Fish:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Fish");
    case Allergen::Peanuts:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Peanuts");
    case Allergen::Soybeans:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Soya");
    case Allergen::Milk:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Milk");
    case Allergen::Nuts:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Tree nuts");
    case Allergen::Celery:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Celery");
    case Allergen::Mustard:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Mustard");
    case Allergen::Sesame:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Sesame");
    case Allergen::Sulphites:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Sulphites");
    case Allergen::Lupin:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Lupin");
    case Allergen::Molluscs:
        return QT_TRANSLATE_NOOP("tableside::AllergensModel", "Molluscs");
    }
    return "";
}

} // namespace

AllergensModel::AllergensModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void AllergensModel::setTranslate(Translate translate)
{
    m_translate = std::move(translate);
    retranslate();
}

void AllergensModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {NameRole});
}

void AllergensModel::setFilter(const MenuFilterModel *filter)
{
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (m_filter)
        connect(m_filter, &MenuFilterModel::filtersChanged, this,
                [this] { emit dataChanged(index(0), index(rowCount() - 1), {ChosenRole}); });
    emit dataChanged(index(0), index(rowCount() - 1), {ChosenRole});
}

QString AllergensModel::text(const char *source) const
{
    return m_translate ? m_translate(source) : QString::fromUtf8(source);
}

QString AllergensModel::name(const QString &code) const
{
    const auto allergen = allergenFromCode(code);
    return allergen ? text(sourceName(*allergen)) : code;
}

QString AllergensModel::sentence(const QStringList &codes,
                                 const std::function<QString(const QStringList &)> &listOf) const
{
    if (codes.isEmpty())
        return text(QT_TRANSLATE_NOOP("tableside::AllergensModel",
                                      "Contains none of the 14 listed allergens."));
    QStringList names;
    for (const QString &code : codes)
        names.append(name(code));
    return text(QT_TRANSLATE_NOOP("tableside::AllergensModel", "Contains: %1")).arg(listOf(names));
}

int AllergensModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(allAllergens().size());
}

QVariant AllergensModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Allergen allergen = allAllergens().at(index.row());
    switch (role) {
    case CodeRole:
        return allergenCode(allergen);
    case NameRole:
        return text(sourceName(allergen));
    case ChosenRole:
        return m_filter && m_filter->excludedAllergens().contains(allergenCode(allergen));
    }
    return {};
}

QHash<int, QByteArray> AllergensModel::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}, {ChosenRole, "chosen"}};
}

} // namespace tableside
