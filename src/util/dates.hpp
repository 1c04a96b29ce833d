#pragma once
// Civil (proleptic Gregorian) dates as day numbers, for date arithmetic on ISO strings.
#include <string>

namespace kg::dates {

struct Civil {
    int year = 0, month = 0, day = 0;
};

/// Days since 0000-03-01 of a civil date (Howard Hinnant's days_from_civil).
long days_from_civil(int year, int month, int day);

/// The civil date of a day number from days_from_civil.
Civil civil_from_days(long days);

/// Days of an ISO date "YYYY-MM-DD" (or "YYYY-MM", taken as the 1st); -1 when it is not one.
long days_from_iso(const std::string& iso);

/// "YYYY-MM-DD", "YYYY-MM" or "YYYY" for `precision` 3, 2 or 1.
std::string to_iso(const Civil& c, int precision = 3);

/// 1 (Monday) .. 7 (Sunday) of a day number.
int weekday(long days);

}  // namespace kg::dates
