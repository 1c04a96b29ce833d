#include "extract/date_expr.hpp"

#include <cctype>
#include <optional>

#include "util/dates.hpp"

namespace kg::extract {
namespace {

std::optional<int> number(const std::string& t, int lo, int hi) {
    if (t.empty() || t.size() > 4) return std::nullopt;
    int v = 0;
    for (char c : t) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
        v = v * 10 + (c - '0');
    }
    if (v < lo || v > hi) return std::nullopt;
    return v;
}

// "13th", "1st": the day number.
std::optional<int> ordinal_day(const std::string& t) {
    if (t.size() < 3) return std::nullopt;
    const auto suffix = t.substr(t.size() - 2);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    return number(t.substr(0, t.size() - 2), 1, 31);
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

std::vector<DateExpr> find_dates(const Document& doc, std::size_t b, std::size_t e,
                                 const TextRules& rules, const std::string& anchor) {
    std::vector<DateExpr> out;
    const auto& toks = doc.tokens;
    const long anchor_days = dates::days_from_iso(anchor.size() >= 10 ? anchor.substr(0, 10) : "");
    const bool anchored = anchor_days >= 0;
    const dates::Civil a = anchored ? dates::civil_from_days(anchor_days) : dates::Civil{};
    // Tense as far as the expression: "will meet on Friday" looks ahead, "met on Friday, and
    // will" does not.
    bool future = false;
    auto text = [&](std::size_t k) -> const std::string& {
        static const std::string none;
        return k < e ? toks[k].text : none;
    };
    auto year_at = [&](std::size_t k) { return number(text(k), 1900, 2100); };
    // "this year", "last year" right after a day and month: the anchor's year moved by it.
    auto relative_year_at = [&](std::size_t k) -> std::optional<int> {
        const auto rw = rules.relative_words.find(lower(text(k)));
        if (!anchored || rw == rules.relative_words.end() || lower(text(k + 1)) != "year")
            return std::nullopt;
        return a.year + rw->second;
    };
    auto emit = [&](std::size_t tb, std::size_t te, dates::Civil c, int precision) {
        out.push_back({tb, te, dates::to_iso(c, precision)});
        return te;
    };
    for (std::size_t k = b, cue = b; k < e;) {
        for (; cue < k; ++cue) future = future || rules.future_cues.count(toks[cue].text);
        const auto& t = text(k);
        const auto month = rules.months.find(t);
        // Month Day[,] [Year] | Month Year | Month
        if (month != rules.months.end() && std::isupper(static_cast<unsigned char>(t[0]))) {
            std::size_t j = k + 1;
            if (const auto day = number(text(j), 1, 31); day && text(j).size() <= 2) {
                std::size_t end = j + 1;
                std::optional<int> y;
                if (text(end) == "," && year_at(end + 1)) {
                    y = year_at(end + 1);
                    end += 2;
                } else if (year_at(end)) {
                    y = year_at(end);
                    ++end;
                } else if ((y = relative_year_at(end))) {
                    end += 2;
                }
                if (y || anchored) {
                    k = emit(k, end, {y ? *y : a.year, month->second, *day}, 3);
                    continue;
                }
            }
            if (const auto y = year_at(j)) {
                k = emit(k, j + 1, {*y, month->second, 1}, 2);
                continue;
            }
            // A bare month is a date only after "in" ("in May"); "May" alone may be a name.
            if (anchored && k > b && (text(k - 1) == "in" || text(k - 1) == "In")) {
                int y = a.year;
                if (!future && month->second > a.month) --y;
                k = emit(k, k + 1, {y, month->second, 1}, 2);
                continue;
            }
        }
        // Day Month [Year]
        if (const auto day = number(t, 1, 31); day && t.size() <= 2) {
            const auto m2 = rules.months.find(text(k + 1));
            if (m2 != rules.months.end()) {
                std::size_t end = k + 2;
                std::optional<int> y = year_at(end);
                if (y) ++end;
                if (!y && (y = relative_year_at(end))) end += 2;
                if (y || anchored) {
                    k = emit(k, end, {y ? *y : a.year, m2->second, *day}, 3);
                    continue;
                }
            }
        }
        if (anchored) {
            // "on the 13th": a day of the document's month.
            if (const auto day = ordinal_day(t);
                day && k >= b + 2 && lower(text(k - 1)) == "the" && lower(text(k - 2)) == "on") {
                k = emit(k - 2, k + 1, {a.year, a.month, *day}, 3);
                continue;
            }
            if (const auto wd = rules.weekdays.find(t); wd != rules.weekdays.end()) {
                const int now = dates::weekday(anchor_days);
                long d = anchor_days;
                if (future)
                    d += (wd->second - now + 7) % 7 == 0 ? 7 : (wd->second - now + 7) % 7;
                else
                    d -= (now - wd->second + 7) % 7;
                k = emit(k, k + 1, dates::civil_from_days(d), 3);
                continue;
            }
            if (const auto rd = rules.relative_days.find(lower(t));
                rd != rules.relative_days.end()) {
                k = emit(k, k + 1, dates::civil_from_days(anchor_days + rd->second), 3);
                continue;
            }
            if (const auto rw = rules.relative_words.find(lower(t));
                rw != rules.relative_words.end()) {
                const auto unit = lower(text(k + 1));
                if (unit == "week") {
                    k = emit(k, k + 2, dates::civil_from_days(anchor_days + 7 * rw->second), 2);
                    continue;
                }
                if (unit == "month") {
                    int y = a.year, m = a.month + rw->second;
                    if (m < 1) m += 12, --y;
                    if (m > 12) m -= 12, ++y;
                    k = emit(k, k + 2, {y, m, 1}, 2);
                    continue;
                }
                if (unit == "year") {
                    k = emit(k, k + 2, {a.year + rw->second, 1, 1}, 1);
                    continue;
                }
            }
        }
        // "in 2015", "since 2018": a year.
        if (const auto y = year_at(k); y && k > b) {
            const auto before = lower(text(k - 1));
            if (before == "in" || before == "since" || before == "of" || before == "from") {
                k = emit(k, k + 1, {*y, 1, 1}, 1);
                continue;
            }
        }
        ++k;
    }
    return out;
}

}  // namespace kg::extract
