#include "extract/corpus_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
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

std::string check_article(std::string_view bytes) {
    std::string_view body = bytes;
    if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
    if (body.size() > kMaxArticleBytes)
        return "over the size limit of " + std::to_string(kMaxArticleBytes) + " bytes";
    if (const auto utf16 = utf16_bom(bytes); !utf16.empty())
        return "encoded as " + utf16 + " (byte-order mark), not UTF-8; convert it, e.g. iconv -f " +
               utf16 + " -t UTF-8";
    if (text::trim(body).empty()) return "empty or whitespace only";
    if (const auto nul = body.find('\0'); nul != std::string_view::npos)
        return "binary data (NUL byte at offset " +
               std::to_string(nul + (bytes.size() - body.size())) + ")";
    if (const auto bad = text::find_invalid_utf8(bytes))
        return "invalid UTF-8 at byte offset " + std::to_string(*bad);
    const auto head = text::trim(body);
    if (text::istarts_with(head, "<!DOCTYPE") || text::istarts_with(head, "<html"))
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

CorpusListing list_corpus(const std::vector<fs::path>& inputs) {
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
        a.size = ec ? 0 : size;
        out.articles.push_back(std::move(a));
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
                                    Diagnostic& problem) {
    const auto fail = [&](const std::string& message) {
        problem = Diagnostic{Diagnostic::Severity::error, source.path.string(), message};
        return std::nullopt;
    };
    std::string bytes;
    try {
        bytes = json::read_file(source.path, kMaxArticleBytes);
    } catch (const Error& e) {
        std::string why = e.what();  // names the file, as the diagnostic does
        if (why.starts_with(source.path.string() + ": "))
            why.erase(0, source.path.string().size() + 2);
        return fail(why + " Skipped.");
    }
    if (auto why = check_article(bytes); !why.empty()) return fail(why + "; skipped.");
    Article a;
    a.path = source.path;
    a.info = source.info;
    if (a.info.date.empty()) a.info.date = date_from_text(bytes, rules);
    a.bytes = std::move(bytes);
    return a;
}

std::vector<Article> read_corpus(const std::vector<fs::path>& inputs, const TextRules& rules,
                                 BuildReport& report) {
    auto listing = list_corpus(inputs);
    std::vector<Article> out;
    auto next_diag = listing.diagnostics.begin();
    for (std::size_t i = 0; i <= listing.articles.size(); ++i) {
        for (; next_diag != listing.diagnostics.end() && next_diag->first == i; ++next_diag)
            report.diagnostics.push_back(std::move(next_diag->second));
        if (i == listing.articles.size()) break;
        Diagnostic problem;
        if (auto a = read_article(listing.articles[i], rules, problem)) {
            out.push_back(std::move(*a));
        } else {
            report.diagnostics.push_back(std::move(problem));
            ++report.documents_skipped;
        }
    }
    return out;
}

}  // namespace kg::extract
