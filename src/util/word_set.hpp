#pragma once
// Sets and maps of words (the ontology's word lists) with hashed lookup. The rules ask "is this
// token in list X?" several times per token, almost always with a miss; a std::set answers with
// log2(n) string compares, these with one hash and usually one compare. Iteration stays in
// sorted order (a std::set / std::map holds the words), so code that walks a list sees the same
// order as before.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {
namespace detail {

// Open addressing over string_views into the owning container's nodes (which never move), with
// a power-of-two table at most half full: one word is placed in it, and the table is rebuilt
// only when it grows.
template <class Iter>
class WordIndex {
  public:
    void rebuild(Iter first, Iter last, std::size_t n) {
        std::size_t size = 8;
        while (size < 2 * n) size *= 2;
        slots_.assign(size, Slot{});
        mask_ = size - 1;
        lengths_ = 0;
        for (auto it = first; it != last; ++it) place(it);
    }
    /// Indexes `it`, just added to the container [first, last) of n entries.
    void add(Iter it, Iter first, Iter last, std::size_t n) {
        if (2 * n > slots_.size())
            rebuild(first, last, n);
        else
            place(it);
    }
    /// The word's iterator, or `none` when absent.
    Iter find(std::string_view key, Iter none) const {
        if (!(lengths_ & length_bit(key.size()))) return none;  // no word of that length
        for (std::size_t i = hash(key) & mask_; slots_[i].used; i = (i + 1) & mask_)
            if (slots_[i].key == key) return slots_[i].it;
        return none;
    }

  private:
    void place(Iter it) {
        const std::string_view key = key_of(it);
        lengths_ |= length_bit(key.size());
        std::size_t i = hash(key) & mask_;
        while (slots_[i].used) i = (i + 1) & mask_;
        slots_[i] = Slot{key, it, true};
    }
    static std::string_view key_of(Iter it) {
        if constexpr (requires { it->first; })
            return it->first;
        else
            return *it;
    }
    static std::uint64_t length_bit(std::size_t n) noexcept {
        return std::uint64_t{1} << (n < 63 ? n : 63);
    }
    // The length and up to eight bytes from each end, multiplied through: a few instructions
    // for any word, where a byte-at-a-time hash costs several per byte. Words that differ only
    // in the middle just share a probe sequence.
    static std::size_t hash(std::string_view s) noexcept {
        const char* p = s.data();
        const std::size_t n = s.size();
        std::uint64_t a = 0, b = 0;
        if (n >= 8) {
            std::memcpy(&a, p, 8);
            std::memcpy(&b, p + n - 8, 8);
        } else if (n >= 4) {
            std::uint32_t x = 0, y = 0;
            std::memcpy(&x, p, 4);
            std::memcpy(&y, p + n - 4, 4);
            a = x;
            b = y;
        } else if (n > 0) {
            a = static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) << 8 |
                static_cast<unsigned char>(p[n - 1]) << 16;
        }
        std::uint64_t h = (a ^ (n * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
        h ^= b * 0x94D049BB133111EBull;
        return static_cast<std::size_t>(h ^ (h >> 31));
    }
    struct Slot {
        std::string_view key;
        Iter it{};
        bool used = false;
    };
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    std::uint64_t lengths_ = 0;  ///< bit n: a word of n bytes (bit 63: 63 or more)
};

}  // namespace detail

/// A set of words: std::set's interface for what the rules use (insert, emplace, count,
/// contains, find, sorted iteration), with hashed lookups by string_view.
class WordSet {
    using Sorted = std::set<std::string, std::less<>>;

  public:
    using value_type = std::string;
    using const_iterator = Sorted::const_iterator;
    using iterator = const_iterator;

    WordSet() = default;
    WordSet(std::initializer_list<std::string> words) : words_(words) { reindex(); }
    WordSet(const WordSet& o) : words_(o.words_) { reindex(); }
    WordSet(WordSet&& o) : words_(std::move(o.words_)) {
        reindex();
        o.reindex();
    }
    WordSet& operator=(const WordSet& o) {
        if (this != &o) {
            words_ = o.words_;
            reindex();
        }
        return *this;
    }
    WordSet& operator=(WordSet&& o) {
        words_ = std::move(o.words_);
        reindex();
        o.reindex();
        return *this;
    }

    std::pair<const_iterator, bool> insert(std::string w) {
        auto r = words_.insert(std::move(w));
        if (r.second) index_.add(r.first, words_.begin(), words_.end(), words_.size());
        return r;
    }
    template <class... Args>
    std::pair<const_iterator, bool> emplace(Args&&... args) {
        return insert(std::string(std::forward<Args>(args)...));
    }
    template <class It>
    void insert(It first, It last) {
        words_.insert(first, last);
        reindex();
    }

    const_iterator find(std::string_view w) const { return index_.find(w, words_.end()); }
    bool contains(std::string_view w) const { return find(w) != words_.end(); }
    std::size_t count(std::string_view w) const { return contains(w) ? 1 : 0; }

    const_iterator begin() const noexcept { return words_.begin(); }
    const_iterator end() const noexcept { return words_.end(); }
    std::size_t size() const noexcept { return words_.size(); }
    bool empty() const noexcept { return words_.empty(); }
    bool operator==(const WordSet& o) const { return words_ == o.words_; }

  private:
    void reindex() { index_.rebuild(words_.begin(), words_.end(), words_.size()); }

    Sorted words_;
    detail::WordIndex<const_iterator> index_;
};

/// A map from words: std::map's interface for what the rules use, with hashed lookups by
/// string_view. Entries are added with emplace / insert_or_assign / operator[] at load time.
template <class V>
class WordMap {
    using Sorted = std::map<std::string, V, std::less<>>;

  public:
    using key_type = std::string;
    using mapped_type = V;
    using value_type = typename Sorted::value_type;
    using const_iterator = typename Sorted::const_iterator;
    using iterator = const_iterator;

    WordMap() = default;
    WordMap(std::initializer_list<value_type> init) : map_(init) { reindex(); }
    WordMap(const WordMap& o) : map_(o.map_) { reindex(); }
    WordMap(WordMap&& o) : map_(std::move(o.map_)) {
        reindex();
        o.reindex();
    }
    WordMap& operator=(const WordMap& o) {
        if (this != &o) {
            map_ = o.map_;
            reindex();
        }
        return *this;
    }
    WordMap& operator=(WordMap&& o) {
        map_ = std::move(o.map_);
        reindex();
        o.reindex();
        return *this;
    }

    /// Inserts or finds `key`; a reference to its value, for assignment at load time.
    V& operator[](std::string key) {
        auto [it, fresh] = map_.try_emplace(std::move(key));
        if (fresh) index_.add(it, map_.begin(), map_.end(), map_.size());
        return it->second;
    }
    template <class... Args>
    std::pair<const_iterator, bool> emplace(Args&&... args) {
        auto r = map_.emplace(std::forward<Args>(args)...);
        if (r.second) index_.add(r.first, map_.begin(), map_.end(), map_.size());
        return {r.first, r.second};
    }

    const_iterator find(std::string_view k) const { return index_.find(k, map_.end()); }
    bool contains(std::string_view k) const { return find(k) != map_.end(); }
    std::size_t count(std::string_view k) const { return contains(k) ? 1 : 0; }
    const V& at(std::string_view k) const {
        const auto it = find(k);
        return it == map_.end() ? map_.at(std::string(k)) : it->second;
    }

    const_iterator begin() const noexcept { return map_.begin(); }
    const_iterator end() const noexcept { return map_.end(); }
    std::size_t size() const noexcept { return map_.size(); }
    bool empty() const noexcept { return map_.empty(); }
    bool operator==(const WordMap& o) const { return map_ == o.map_; }

  private:
    void reindex() { index_.rebuild(map_.begin(), map_.end(), map_.size()); }

    Sorted map_;
    detail::WordIndex<const_iterator> index_;
};

}  // namespace kg
