#include "machinesteal.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace tableside::bench {

StealMeter::StealMeter()
{
    restart();
}

void StealMeter::restart()
{
    m_start = read();
}

double StealMeter::percent() const
{
    const Sample now = read();
    if (m_start.total < 0 || now.total <= m_start.total)
        return -1;
    return 100.0 * double(now.steal - m_start.steal) / double(now.total - m_start.total);
}

StealMeter::Sample StealMeter::read()
{
    // First line: "cpu  user nice system idle iowait irq softirq steal guest guest_nice", in ticks.
    // Guest time is already inside user and nice, so the first eight fields are the total.
    QFile stat(u"/proc/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    if (fields.size() < 9 || fields.first() != "cpu")
        return {};
    Sample sample{0, 0};
    for (int i = 1; i <= 8; ++i)
        sample.total += fields.at(i).toLongLong();
    sample.steal = fields.at(8).toLongLong();
    return sample;
}

} // namespace tableside::bench
