#pragma once
// An immutable string kept once per process and shared by every copy. Evidence quotes are the
// sentence text behind each fact: every mention and relation read from one sentence repeats it,
// and these copies were most of a graph's memory. Equal texts share one pointer, so equality is a
// pointer compare; order is by text, so sorted evidence stays deterministic.
#include <compare>
#include <string>
#include <string_view>

namespace kg {

class InternedString {
  public:
    InternedString() noexcept;
    InternedString(
        std::string_view text);  // NOLINT: implicit, so a quote is assigned like a string
    InternedString(const std::string& text) : InternedString(std::string_view(text)) {}
    InternedString(const char* text) : InternedString(std::string_view(text)) {}

    const std::string& str() const noexcept { return *text_; }
    operator std::string_view() const noexcept { return *text_; }
    bool empty() const noexcept { return text_->empty(); }
    std::size_t size() const noexcept { return text_->size(); }

    friend bool operator==(const InternedString& a, const InternedString& b) noexcept {
        return a.text_ == b.text_;
    }
    friend std::strong_ordering operator<=>(const InternedString& a,
                                            const InternedString& b) noexcept {
        if (a.text_ == b.text_) return std::strong_ordering::equal;
        return a.text_->compare(*b.text_) <=> 0;
    }
    friend bool operator==(const InternedString& a, std::string_view b) noexcept {
        return *a.text_ == b;
    }
    friend bool operator==(const InternedString& a, const std::string& b) noexcept {
        return *a.text_ == b;
    }
    friend bool operator==(const InternedString& a, const char* b) noexcept {
        return *a.text_ == b;
    }

  private:
    const std::string* text_;  // owned by the process-wide pool, never freed
};

}  // namespace kg
