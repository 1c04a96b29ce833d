#include "export/xml_writer.hpp"

#include "export/escape.hpp"

namespace kg::exporters {
namespace {
constexpr std::size_t kFlushBytes = 1 << 20;

}  // namespace

XmlWriter::XmlWriter(std::ostream& os) : os_(os) { buf_.reserve(kFlushBytes + 4096); }

void XmlWriter::declaration() { buf_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; }

void XmlWriter::indent() { buf_.append(static_cast<std::size_t>(depth_) * 2, ' '); }

void XmlWriter::start_tag(std::string_view name, Attrs attrs) {
    indent();
    buf_ += '<';
    buf_ += name;
    for (const auto& [key, value] : attrs) {
        buf_ += ' ';
        buf_ += key;
        buf_ += "=\"";
        append_xml_escaped(buf_, value, true);
        buf_ += '"';
    }
}

void XmlWriter::open(std::string_view name, Attrs attrs) {
    start_tag(name, attrs);
    buf_ += ">\n";
    ++depth_;
}

void XmlWriter::close(std::string_view name) {
    --depth_;
    indent();
    buf_ += "</";
    buf_ += name;
    buf_ += ">\n";
    maybe_flush();
}

void XmlWriter::empty(std::string_view name, Attrs attrs) {
    start_tag(name, attrs);
    buf_ += " />\n";
    maybe_flush();
}

void XmlWriter::text_element(std::string_view name, Attrs attrs, std::string_view text) {
    start_tag(name, attrs);
    buf_ += '>';
    append_xml_escaped(buf_, text, false);
    buf_ += "</";
    buf_ += name;
    buf_ += ">\n";
    maybe_flush();
}

void XmlWriter::maybe_flush() {
    if (buf_.size() >= kFlushBytes) flush();
}

bool XmlWriter::flush() {
    os_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
    return static_cast<bool>(os_);
}

}  // namespace kg::exporters
