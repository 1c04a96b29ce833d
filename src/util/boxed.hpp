#pragma once
// A container kept behind one pointer that stays null while the container is empty. Most
// entities and relations have no attrs and no inferred_from, yet an empty std::map is 48 bytes
// and an empty std::vector 24, paid millions of times in a big graph; Boxed costs 8 while empty.
// It reads like the container it holds (iteration, find, size, emplace, [], assignment, ==) and
// converts to `const T&` for functions that take one.
#include <initializer_list>
#include <memory>
#include <utility>

namespace kg {

template <class T>
class Boxed {
  public:
    Boxed() = default;
    Boxed(const T& v) { assign(T(v)); }     // NOLINT: implicit, like the container it replaces
    Boxed(T&& v) { assign(std::move(v)); }  // NOLINT
    Boxed(const Boxed& o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
    Boxed(Boxed&&) noexcept = default;
    Boxed& operator=(const Boxed& o) {
        if (this != &o) p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
        return *this;
    }
    Boxed& operator=(Boxed&&) noexcept = default;
    Boxed& operator=(const T& v) {
        assign(T(v));
        return *this;
    }
    Boxed& operator=(T&& v) {
        assign(std::move(v));
        return *this;
    }
    // Makes `attrs = {{"k", "v"}}` unambiguous: a braced list prefers an initializer_list.
    Boxed& operator=(std::initializer_list<typename T::value_type> items) {
        assign(T(items));
        return *this;
    }
    ~Boxed() = default;

    /// The container; an empty one (shared, never modified) while nothing is stored.
    const T& get() const noexcept { return p_ ? *p_ : empty_value(); }
    /// The container for changing, allocated on first use.
    T& mut() {
        if (!p_) p_ = std::make_unique<T>();
        return *p_;
    }
    operator const T&() const noexcept { return get(); }  // NOLINT: implicit on purpose

    bool empty() const noexcept { return !p_ || p_->empty(); }
    auto size() const noexcept { return get().size(); }
    void clear() noexcept { p_.reset(); }

    auto begin() const noexcept { return get().begin(); }
    auto end() const noexcept { return get().end(); }
    // Mutable iteration of an empty Boxed walks the shared empty container, which has no
    // elements to change.
    auto begin() noexcept { return p_ ? p_->begin() : empty_value().begin(); }
    auto end() noexcept { return p_ ? p_->end() : empty_value().end(); }

    template <class K>
    auto find(const K& k) const {
        return get().find(k);
    }
    template <class K>
    auto count(const K& k) const {
        return get().count(k);
    }
    template <class K>
    const auto& at(const K& k) const {
        return get().at(k);
    }
    template <class K>
    auto& operator[](K&& k) {
        return mut()[std::forward<K>(k)];
    }
    template <class... A>
    auto emplace(A&&... a) {
        return mut().emplace(std::forward<A>(a)...);
    }
    template <class... A>
    auto try_emplace(A&&... a) {
        return mut().try_emplace(std::forward<A>(a)...);
    }
    template <class V>
    void push_back(V&& v) {
        mut().push_back(std::forward<V>(v));
    }

    friend bool operator==(const Boxed& a, const Boxed& b) { return a.get() == b.get(); }
    friend bool operator==(const Boxed& a, const T& b) { return a.get() == b; }

  private:
    static T& empty_value() noexcept {
        static T e;
        return e;
    }
    void assign(T&& v) {
        if (v.empty())
            p_.reset();
        else if (p_)
            *p_ = std::move(v);
        else
            p_ = std::make_unique<T>(std::move(v));
    }

    std::unique_ptr<T> p_;
};

}  // namespace kg
