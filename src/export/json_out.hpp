#pragma once
// A RapidJSON writer whose every call is checked: RapidJSON reports NaN/Inf and misplaced values
// by returning false and writing nothing, which would otherwise leave silently broken JSON. Here
// any false return throws kg::ExportError. Strings are checked for valid UTF-8 first (RapidJSON
// 1.1's PrettyWriter cannot take kWriteValidateEncodingFlag: it drops the flag from its base).
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/error.hpp"
#include "util/text.hpp"

namespace kg::exporters {

template <class W>
class CheckedJson {
  public:
    /// `what` names the output in errors, e.g. "JSON-LD" or "GraphML node 'person:x' aliases".
    explicit CheckedJson(std::string what) : writer_(buffer_), what_(std::move(what)) {}

    W& writer() noexcept { return writer_; }

    void start_object() { check(writer_.StartObject(), "{"); }
    void end_object() { check(writer_.EndObject(), "}"); }
    void start_array() { check(writer_.StartArray(), "["); }
    void end_array() { check(writer_.EndArray(), "]"); }
    void key(std::string_view k) {
        last_key_ = std::string(k);
        check_utf8(k);
        check(writer_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())), "key");
    }
    void string(std::string_view v) {
        check_utf8(v);
        check(writer_.String(v.data(), static_cast<rapidjson::SizeType>(v.size())), "string");
    }
    void uint(std::uint64_t v) { check(writer_.Uint64(v), "number"); }
    void boolean(bool v) { check(writer_.Bool(v), "boolean"); }
    /// Non-finite numbers are not JSON: they throw rather than being written as null.
    void number(double v) {
        if (!std::isfinite(v))
            throw ExportError("KG-E402",
                              what_ + ": value of '" + last_key_ + "' is not a finite number.");
        check(writer_.Double(v), "number");
    }
    void member(std::string_view k, std::string_view v) {
        key(k);
        string(v);
    }

    /// The finished JSON text; throws when objects or arrays are still open.
    std::string str() const {
        if (!writer_.IsComplete())
            throw ExportError("KG-E403",
                              what_ + ": internal error: JSON document left incomplete.");
        return std::string(buffer_.GetString(), buffer_.GetSize());
    }

  private:
    void check_utf8(std::string_view v) const {
        if (const auto at = text::find_invalid_utf8(v))
            throw ExportError("KG-E405", what_ + ": the value of '" + last_key_ +
                                             "' is not valid UTF-8 (byte " + std::to_string(*at) +
                                             ").");
    }
    void check(bool ok, const char* token) {
        if (!ok)
            throw ExportError("KG-E401", what_ + ": cannot write JSON " + token + " after key '" +
                                             last_key_ + "' (a misplaced value).");
    }

    rapidjson::StringBuffer buffer_;
    W writer_;
    std::string what_;
    std::string last_key_;
};

using CompactJsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
using PrettyJsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

}  // namespace kg::exporters
