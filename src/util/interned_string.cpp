#include "util/interned_string.hpp"

#include <array>
#include <functional>
#include <mutex>
#include <unordered_set>

namespace kg {
namespace {

struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        return std::hash<std::string_view>{}(s);
    }
};

// Sharded by hash so that extraction threads interning at once rarely wait for each other.
// Node-based sets keep each string's address fixed as they grow.
struct Pool {
    struct Shard {
        std::mutex mutex;
        std::unordered_set<std::string, Hash, std::equal_to<>> texts;
    };
    std::array<Shard, 64> shards;

    const std::string* intern(std::string_view text) {
        const std::size_t h = Hash{}(text);
        Shard& shard = shards[h % shards.size()];
        const std::lock_guard lock(shard.mutex);
        auto it = shard.texts.find(text);
        if (it == shard.texts.end()) it = shard.texts.emplace(text).first;
        return &*it;
    }
};

Pool& pool() {
    static Pool* p = new Pool;  // never destroyed: strings may be used during static destruction
    return *p;
}

const std::string* empty_text() {
    static const std::string* e = pool().intern("");
    return e;
}

}  // namespace

InternedString::InternedString() noexcept : text_(empty_text()) {}

InternedString::InternedString(std::string_view text) : text_(pool().intern(text)) {}

}  // namespace kg
