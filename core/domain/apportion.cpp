#include "apportion.h"

#include <algorithm>
#include <numeric>

namespace tableside {

namespace {

// A product of two amounts (an amount x a weight) needs more than 64 bits.
__extension__ using Wide = __int128;

} // namespace

qint64 Apportion::scaledRounded(qint64 amount, qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    const Wide product = Wide(amount) * numerator;
    const Wide magnitude = product < 0 ? -product : product;
    // Half away from zero: add half the denominator to the magnitude, then truncate.
    const Wide rounded = (2 * magnitude + denominator) / (2 * Wide(denominator));
    return qint64(product < 0 ? -rounded : rounded);
}

QList<qint64> Apportion::evenly(qint64 amount, int parts, int remainderTo)
{
    Q_ASSERT(amount >= 0 && parts >= 1 && remainderTo >= 0 && remainderTo < parts);
    QList<qint64> shares(parts, amount / parts);
    shares[remainderTo] += amount % parts;
    return shares;
}

QList<qint64> Apportion::proportionally(qint64 amount, const QList<qint64> &weights,
                                        int firstInLine)
{
    Q_ASSERT(amount >= 0 && !weights.isEmpty() && firstInLine >= 0 && firstInLine < weights.size());
    const Wide sum = std::accumulate(weights.cbegin(), weights.cend(), Wide(0));
    if (sum == 0)
        return evenly(amount, int(weights.size()), firstInLine);

    QList<qint64> shares(weights.size());
    QList<Wide> fractions(weights.size());
    qint64 left = amount;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        Q_ASSERT(weights.at(i) >= 0);
        const Wide exact = Wide(amount) * weights.at(i);
        shares[i] = qint64(exact / sum);
        fractions[i] = exact % sum;
        left -= shares.at(i);
    }

    // Fewer units are left than there are parts: one each to the largest fractions.
    QList<int> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (fractions.at(a) != fractions.at(b))
            return fractions.at(a) > fractions.at(b);
        return a == firstInLine && b != firstInLine;
    });
    for (qint64 i = 0; i < left; ++i)
        ++shares[order.at(i)];
    return shares;
}

} // namespace tableside
