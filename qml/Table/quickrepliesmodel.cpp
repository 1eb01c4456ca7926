#include "quickrepliesmodel.h"

#include <iterator>

namespace tableside {

namespace {

// The context is the table screen's, where these texts were first translated.
constexpr const char *QuickReplies[] = {
    QT_TRANSLATE_NOOP("tableside::TableScreen", "Could we have more bread?"),
    QT_TRANSLATE_NOOP("tableside::TableScreen", "Could we have some more water?"),
    QT_TRANSLATE_NOOP("tableside::TableScreen", "Could we have the dessert menu?"),
    QT_TRANSLATE_NOOP("tableside::TableScreen", "Is our food on its way?"),
    QT_TRANSLATE_NOOP("tableside::TableScreen", "Could we have some napkins?"),
    QT_TRANSLATE_NOOP("tableside::TableScreen", "Thank you!"),
};

} // namespace

QuickRepliesModel::QuickRepliesModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void QuickRepliesModel::setTranslate(Translate translate)
{
    m_translate = std::move(translate);
    retranslate();
}

void QuickRepliesModel::retranslate()
{
    emit dataChanged(index(0), index(rowCount() - 1), {TextRole});
}

QString QuickRepliesModel::text(const char *source) const
{
    return m_translate ? m_translate(source) : QString::fromUtf8(source);
}

QString QuickRepliesModel::textOf(const QString &body) const
{
    for (const char *source : QuickReplies)
        if (body == QLatin1StringView(source))
            return text(source);
    return body;
}

QString QuickRepliesModel::bodyAt(int row) const
{
    return row >= 0 && row < rowCount() ? QString::fromUtf8(QuickReplies[row]) : QString();
}

int QuickRepliesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::size(QuickReplies));
}

QVariant QuickRepliesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case TextRole:
        return text(QuickReplies[index.row()]);
    case BodyRole:
        return bodyAt(index.row());
    }
    return {};
}

QHash<int, QByteArray> QuickRepliesModel::roleNames() const
{
    return {{TextRole, "text"}, {BodyRole, "body"}};
}

} // namespace tableside
