#include "extract/corpus_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

#include "util/error.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace kg::extract {
namespace fs = std::filesystem;
namespace {

void diag(std::vector<Diagnostic>& out, const std::string& input, std::string message) {
    // Errors thrown by util/json name the file too: say it once.
    if (message.starts_with(input + ": ")) message.erase(0, input.size() + 2);
    out.push_back(Diagnostic{Diagnostic::Severity::warning, input, std::move(message)});
}

// "UTF-16LE"/"UTF-16BE" when `bytes` starts with that byte-order mark, else empty.
std::string utf16_bom(std::string_view bytes) {
    if (bytes.starts_with("\xFF\xFE")) return "UTF-16LE";
    if (bytes.starts_with("\xFE\xFF")) return "UTF-16BE";
    return {};
}

// Where a part of a big file starts: the first paragraph start ("\n\n"), else line start, else
// UTF-8 character start, at or after `nominal`. The search is shorter than half a part, so the
// boundaries of consecutive parts never cross, and each part finds its own without reading the
// others. Deterministic, so a rebuild cuts the file in the same places.
std::uintmax_t part_boundary(std::ifstream& in, const ArticleSource& s, std::uintmax_t nominal) {
    if (nominal == 0 || nominal >= s.file_size) return std::min(nominal, s.file_size);
    const std::uintmax_t window = std::min<std::uintmax_t>(
        {std::uintmax_t{64} << 10, s.part_bytes / 2, s.file_size - nominal});
    std::string buf(static_cast<std::size_t>(window), '\0');
    in.clear();
    in.seekg(static_cast<std::streamoff>(nominal));
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    buf.resize(static_cast<std::size_t>(in.gcount()));
    if (const auto para = buf.find("\n\n"); para != std::string::npos) return nominal + para + 2;
    if (const auto line = buf.find('\n'); line != std::string::npos) return nominal + line + 1;
    std::size_t i = 0;
    while (i < buf.size() && i < 4 && (static_cast<unsigned char>(buf[i]) & 0xC0) == 0x80) ++i;
    return nominal + i;
}

// Reads part `s.part` of a big file into `bytes`; returns the part's offset in the file.
std::uintmax_t read_part(const ArticleSource& s, std::string& bytes) {
    std::ifstream in(s.path, std::ios::binary);
    if (!in)
        throw InputError("KG-E104",
                         s.path.string() + ": cannot read: " + std::strerror(errno) + ".");
    const auto begin = part_boundary(in, s, (s.part - 1) * s.part_bytes);
    const auto end = s.part == s.parts ? s.file_size : part_boundary(in, s, s.part * s.part_bytes);
    bytes.assign(static_cast<std::size_t>(end - begin), '\0');
    in.clear();
    in.seekg(static_cast<std::streamoff>(begin));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (static_cast<std::uintmax_t>(in.gcount()) != end - begin)
        throw InputError("KG-E104", s.path.string() + ": read error (did the file shrink?).");
    return begin;
}

struct ManifestEntry {
    std::string date, source, title;
};

// Manifest faults are diagnostics: the articles are still usable without it.
std::map<std::string, ManifestEntry> read_manifest(const fs::path& dir,
                                                   std::vector<Diagnostic>& report) {
    std::map<std::string, ManifestEntry> out;
    const auto file = dir / "manifest.json";
    std::error_code ec;
    if (!fs::exists(file, ec)) return out;
    rapidjson::Document doc;
    try {
        doc = json::parse_file(file);
    } catch (const Error& e) {
        diag(report, file.string(), std::string(e.what()) + " The manifest is ignored.");
        return out;
    }
    if (!doc.IsArray()) {
        diag(report, file.string(),
             "expected an array of {file, date, source, title}; the manifest is ignored.");
        return out;
    }
    for (rapidjson::SizeType i = 0; i < doc.Size(); ++i) {
        const auto where = file.string() + ": /" + std::to_string(i);
        const auto& e = doc[i];
        if (!e.IsObject() || !e.HasMember("file") || !e["file"].IsString()) {
            diag(report, where, "entry has no string 'file'; entry ignored.");
            continue;
        }
        ManifestEntry m;
        bool ok = true;
        for (auto [key, dst] :
             {std::pair{"date", &m.date}, {"source", &m.source}, {"title", &m.title}}) {
            if (!e.HasMember(key)) continue;
            if (!e[key].IsString()) {
                diag(report, where, std::string("'") + key + "' is not a string; entry ignored.");
                ok = false;
                break;
            }
            *dst = e[key].GetString();
        }
        if (ok && !m.date.empty()) {
            int y = 0, mo = 0, d = 0;
            char tail = 0;
            if (std::sscanf(m.date.c_str(), "%4d-%2d-%2d%c", &y, &mo, &d, &tail) != 3 || mo < 1 ||
                mo > 12 || d < 1 || d > 31) {
                diag(report, where, "'date' is not YYYY-MM-DD ('" + m.date + "'); date ignored.");
                m.date.clear();
            }
        }
        const std::string name = e["file"].GetString();
        if (!ok) continue;
        if (!fs::is_regular_file(dir / name, ec)) {
            diag(report, where, "names '" + name + "', which is not in the folder; entry ignored.");
            continue;
        }
        out[name] = std::move(m);
    }
    return out;
}

}  // namespace

std::string check_article(std::string_view bytes, std::uintmax_t offset) {
    const bool file_start = offset == 0;
    std::string_view body = bytes;
    if (file_start && body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
    if (body.size() > kMaxArticleBytes)
        return "over the size limit of " + std::to_string(kMaxArticleBytes) + " bytes";
    if (const auto utf16 = utf16_bom(bytes); file_start && !utf16.empty())
        return "encoded as " + utf16 + " (byte-order mark), not UTF-8; convert it, e.g. iconv -f " +
               utf16 + " -t UTF-8";
    if (text::trim(body).empty()) return "empty or whitespace only";
    if (const auto nul = body.find('\0'); nul != std::string_view::npos)
        return "binary data (NUL byte at offset " +
               std::to_string(offset + nul + (bytes.size() - body.size())) + ")";
    if (const auto bad = text::find_invalid_utf8(bytes))
        return "invalid UTF-8 at byte offset " + std::to_string(offset + *bad);
    const auto head = text::trim(body);
    if (file_start && (text::istarts_with(head, "<!DOCTYPE") || text::istarts_with(head, "<html")))
        return "an HTML page, not a plain-text article";
    return {};
}

std::string date_from_text(std::string_view text, const TextRules& rules) {
    // Look at the head of the article only: a date deep in the body is rarely its own.
    const std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 2000));
    for (std::size_t i = 0; i < head.size(); ++i) {
        if (!std::isupper(static_cast<unsigned char>(head[i])) ||
            (i > 0 && std::isalpha(static_cast<unsigned char>(head[i - 1]))))
            continue;
        std::size_t j = i;
        while (j < head.size() && std::isalpha(static_cast<unsigned char>(head[j]))) ++j;
        const auto month = rules.months.find(head.substr(i, j - i));
        if (month == rules.months.end()) continue;
        if (j < head.size() && head[j] == '.') ++j;
        int day = 0, year = 0, used = 0;
        const std::string rest(head.substr(j, 20));
        if (std::sscanf(rest.c_str(), " %2d, %4d%n", &day, &year, &used) == 2 && day >= 1 &&
            day <= 31 && year >= 1900 && year <= 2200) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month->second, day);
            return buf;
        }
    }
    return {};
}

CorpusListing list_corpus(const std::vector<fs::path>& inputs, const ReadOptions& options) {
    CorpusListing out;
    auto add = [&](const fs::path& path, const std::string& key, const ManifestEntry* manifest) {
        ArticleSource a;
        a.path = path;
        a.info.file = key;
        if (manifest) {
            a.info.date = manifest->date;
            a.info.source = manifest->source;
            a.info.title = manifest->title;
        }
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        a.size = a.file_size = ec ? 0 : size;
        if (a.size <= options.whole_file || options.part == 0) {
            out.articles.push_back(std::move(a));
            return;
        }
        a.parts = static_cast<std::size_t>((a.size + options.part - 1) / options.part);
        a.part_bytes = options.part;
        for (std::size_t k = 1; k <= a.parts; ++k) {
            ArticleSource part = a;
            part.part = k;
            part.info.file = key + "#part=" + std::to_string(k) + "/" + std::to_string(a.parts);
            part.size = std::min(options.part, a.size - (k - 1) * options.part);
            out.articles.push_back(std::move(part));
        }
    };
    for (const auto& input : inputs) {
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            std::vector<fs::path> files;
            for (const auto& e : fs::directory_iterator(input, ec))
                if (e.path().extension() == ".txt" && e.is_regular_file(ec))
                    files.push_back(e.path());
            if (ec)
                throw InputError("KG-E120",
                                 input.string() + ": cannot list folder: " + ec.message() + ".");
            std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
                return a.filename() < b.filename();
            });
            std::vector<Diagnostic> found;
            const auto manifest = read_manifest(input, found);
            for (auto& d : found) out.diagnostics.emplace_back(out.articles.size(), std::move(d));
            for (const auto& f : files) {
                const auto key = f.filename().string();
                const auto it = manifest.find(key);
                add(f, key, it == manifest.end() ? nullptr : &it->second);
            }
        } else if (fs::is_regular_file(input, ec)) {
            add(input, input.filename().string(), nullptr);
        } else {
            throw InputError("KG-E121", input.string() + ": no such file or folder.");
        }
    }
    return out;
}

std::optional<Article> read_article(const ArticleSource& source, const TextRules& rules,
                                    Diagnostic& problem, const ReadOptions& options) {
    const std::string input =
        source.part == 0
            ? source.path.string()
            : source.path.string() + source.info.file.substr(source.info.file.rfind("#part="));
    const auto fail = [&](const std::string& message) {
        problem = Diagnostic{Diagnostic::Severity::error, input, message};
        return std::nullopt;
    };
    std::string bytes;
    std::uintmax_t offset = 0;
    try {
        if (source.part == 0) {
            bytes = json::read_file(source.path, kMaxArticleBytes);
        } else {
            offset = read_part(source, bytes);
        }
    } catch (const Error& e) {
        std::string why = e.what();  // names the file, as the diagnostic does
        if (why.starts_with(source.path.string() + ": "))
            why.erase(0, source.path.string().size() + 2);
        return fail(why + " Skipped.");
    }
    // Blank stretches of a dump hold no article: nothing to report.
    if (source.part != 0 && text::trim(bytes).empty()) {
        problem = {};
        return std::nullopt;
    }
    // Only when bad UTF-8 is what is wrong: a binary or UTF-16 file is still skipped.
    if (options.repair_utf8 && check_article(bytes, offset).starts_with("invalid UTF-8")) {
        const auto first = *text::find_invalid_utf8(bytes);
        const auto replaced = text::repair_utf8(bytes);
        problem = Diagnostic{Diagnostic::Severity::warning, input,
                             "invalid UTF-8 at byte offset " + std::to_string(offset + first) +
                                 "; repaired (" + std::to_string(replaced) +
                                 (replaced == 1 ? " byte" : " bytes") + " replaced by '?')."};
    }
    if (auto why = check_article(bytes, offset); !why.empty()) return fail(why + "; skipped.");
    Article a;
    a.path = source.path;
    a.info = source.info;
    if (a.info.date.empty()) a.info.date = date_from_text(bytes, rules);
    a.bytes = std::move(bytes);
    return a;
}

std::vector<Article> read_corpus(const std::vector<fs::path>& inputs, const TextRules& rules,
                                 BuildReport& report, const ReadOptions& options) {
    auto listing = list_corpus(inputs, options);
    std::vector<Article> out;
    auto next_diag = listing.diagnostics.begin();
    for (std::size_t i = 0; i <= listing.articles.size(); ++i) {
        for (; next_diag != listing.diagnostics.end() && next_diag->first == i; ++next_diag)
            report.diagnostics.push_back(std::move(next_diag->second));
        if (i == listing.articles.size()) break;
        Diagnostic problem;
        if (auto a = read_article(listing.articles[i], rules, problem, options)) {
            if (!problem.message.empty()) report.diagnostics.push_back(std::move(problem));
            out.push_back(std::move(*a));
        } else if (!problem.message.empty()) {
            report.diagnostics.push_back(std::move(problem));
            ++report.documents_skipped;
        }
    }
    return out;
}

}  // namespace kg::extract
