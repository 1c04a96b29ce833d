#include "util/dates.hpp"

#include <cstdio>
#include <cstdlib>

namespace kg::dates {

long days_from_civil(int year, int month, int day) {
    long y = year - (month <= 2);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
}

Civil civil_from_days(long z) {
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return Civil{static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

long days_from_iso(const std::string& iso) {
    if (iso.size() != 10 && iso.size() != 7) return -1;
    for (std::size_t i = 0; i < iso.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? iso[i] != '-' : !(iso[i] >= '0' && iso[i] <= '9')) return -1;
    }
    const int y = std::atoi(iso.substr(0, 4).c_str());
    const int m = std::atoi(iso.substr(5, 2).c_str());
    const int d = iso.size() == 10 ? std::atoi(iso.substr(8, 2).c_str()) : 1;
    if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
    return days_from_civil(y, m, d);
}

std::string to_iso(const Civil& c, int precision) {
    char buf[16];
    if (precision <= 1)
        std::snprintf(buf, sizeof buf, "%04d", c.year);
    else if (precision == 2)
        std::snprintf(buf, sizeof buf, "%04d-%02d", c.year, c.month);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

int weekday(long days) {
    // Day 0 (0000-03-01) was a Wednesday.
    const long w = ((days % 7) + 7 + 2) % 7;  // 0 = Monday
    return static_cast<int>(w) + 1;
}

}  // namespace kg::dates
