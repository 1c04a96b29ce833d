#include "util/interned_string.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace kg {
namespace {

// Sharded by hash so that extraction threads interning at once rarely wait for each other.
// Each shard packs its texts into large blocks (size, text, '\0') and finds them through an
// open-addressing table of pointers: a node-based set of std::string spent about 70 bytes more
// per text, and a big graph has millions of distinct sentences.
struct Pool {
    static constexpr std::size_t kShards = 64;
    static constexpr std::size_t kBlockBytes = std::size_t{1} << 20;

    struct Shard {
        std::mutex mutex;
        std::vector<const char*> table;  // power-of-two size; null for a free slot
        std::size_t count = 0;
        char* block = nullptr;  // where the next text goes
        std::size_t left = 0;   // bytes free in the block

        static std::string_view view(const char* p) {
            std::uint32_t n = 0;
            std::memcpy(&n, p - sizeof n, sizeof n);
            return {p, n};
        }
        static std::size_t slot_hash(std::string_view s) {
            return std::hash<std::string_view>{}(s) / kShards;  // the shard used the low bits
        }
        std::size_t find_slot(std::string_view text, std::size_t h) const {
            const std::size_t mask = table.size() - 1;
            for (std::size_t i = h & mask;; i = (i + 1) & mask)
                if (!table[i] || view(table[i]) == text) return i;
        }
        const char* store(std::string_view text) {
            if (text.size() > UINT32_MAX) throw std::length_error("interned string too long");
            const auto n = static_cast<std::uint32_t>(text.size());
            const std::size_t need = sizeof n + text.size() + 1;
            if (need > left) {
                left = std::max(need, kBlockBytes);
                block = new char[left];  // never freed: strings outlive static destruction
            }
            std::memcpy(block, &n, sizeof n);
            std::memcpy(block + sizeof n, text.data(), text.size());
            block[sizeof n + text.size()] = '\0';
            const char* p = block + sizeof n;
            block += need;
            left -= need;
            return p;
        }
        const char* intern(std::string_view text, std::size_t h) {
            if (table.empty()) table.assign(16, nullptr);
            std::size_t i = find_slot(text, h);
            if (table[i]) return table[i];
            if ((count + 1) * 4 > table.size() * 3) {  // over 3/4 full: twice the size
                std::vector<const char*> old(table.size() * 2, nullptr);
                old.swap(table);
                for (const char* p : old)
                    if (p) table[find_slot(view(p), slot_hash(view(p)))] = p;
                i = find_slot(text, h);
            }
            table[i] = store(text);
            ++count;
            return table[i];
        }
    };
    std::array<Shard, kShards> shards;

    const char* intern(std::string_view text) {
        const std::size_t h = std::hash<std::string_view>{}(text);
        Shard& shard = shards[h % kShards];
        const std::lock_guard lock(shard.mutex);
        return shard.intern(text, h / kShards);
    }
};

Pool& pool() {
    static Pool* p = new Pool;  // never destroyed: strings may be used during static destruction
    return *p;
}

const char* empty_text() {
    static const char* e = pool().intern("");
    return e;
}

}  // namespace

InternedString::InternedString() noexcept : text_(empty_text()) {}

InternedString::InternedString(std::string_view text) : text_(pool().intern(text)) {}

}  // namespace kg
