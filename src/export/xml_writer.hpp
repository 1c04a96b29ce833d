#pragma once
// A streaming XML writer for the XML export formats: elements go straight to the output through
// one buffer, with no document tree in memory. Its bytes are those pugixml's save() gives with
// two-space indentation (format_indent), so files are the same as from a DOM, only faster.
#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace kg::exporters {

class XmlWriter {
  public:
    using Attrs = std::initializer_list<std::pair<std::string_view, std::string_view>>;

    explicit XmlWriter(std::ostream& os);
    XmlWriter(const XmlWriter&) = delete;
    XmlWriter& operator=(const XmlWriter&) = delete;

    /// `<?xml version="1.0" encoding="UTF-8"?>`.
    void declaration();
    /// `<name a="v">` on its own line; the children that follow are indented one level more.
    void open(std::string_view name, Attrs attrs = {});
    /// `</name>`, closing the innermost open element (its name is given again for the reader).
    void close(std::string_view name);
    /// `<name a="v" />`.
    void empty(std::string_view name, Attrs attrs = {});
    /// `<name a="v">text</name>` on one line.
    void text_element(std::string_view name, Attrs attrs, std::string_view text);
    /// Writes what is buffered; false when the stream failed.
    bool flush();

  private:
    void indent();
    void start_tag(std::string_view name, Attrs attrs);
    void maybe_flush();

    std::ostream& os_;
    std::string buf_;
    int depth_ = 0;
};

}  // namespace kg::exporters
