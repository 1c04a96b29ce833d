#pragma once
// An immutable string kept once per process and shared by every copy. Evidence quotes are the
// sentence text behind each fact: every mention and relation read from one sentence repeats it,
// and these copies were most of a graph's memory. Equal texts share one pointer, so equality is a
// pointer compare; order is by text, so sorted evidence stays deterministic.
#include <compare>
#include <cstdint>
#include <cstring>
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

    /// The text; it lives as long as the process, and equal texts give the same data().
    std::string_view str() const noexcept { return {text_, size()}; }
    operator std::string_view() const noexcept { return str(); }
    bool empty() const noexcept { return size() == 0; }
    std::size_t size() const noexcept {
        std::uint32_t n = 0;
        std::memcpy(&n, text_ - sizeof n, sizeof n);
        return n;
    }

    friend bool operator==(const InternedString& a, const InternedString& b) noexcept {
        return a.text_ == b.text_;
    }
    friend std::strong_ordering operator<=>(const InternedString& a,
                                            const InternedString& b) noexcept {
        if (a.text_ == b.text_) return std::strong_ordering::equal;
        return a.str().compare(b.str()) <=> 0;
    }
    friend bool operator==(const InternedString& a, std::string_view b) noexcept {
        return a.str() == b;
    }
    friend bool operator==(const InternedString& a, const std::string& b) noexcept {
        return a.str() == b;
    }
    friend bool operator==(const InternedString& a, const char* b) noexcept { return a.str() == b; }

  private:
    // In the process-wide pool, never freed: the text's size as 4 bytes, then the text (this
    // pointer), then a '\0'.
    const char* text_;
};

}  // namespace kg
