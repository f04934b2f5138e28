#include "text/common_words.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

namespace twindex::text::common_words {
namespace {

// --- UTF-8 ---------------------------------------------------------------------------------

// The code points of valid UTF-8 (as the image and case-folded words are); a malformed byte
// reads as itself.
std::u32string Decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (n == 1 || i + n > s.size()) {
      out.push_back(b);
      ++i;
      continue;
    }
    char32_t c = b & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(c);
    i += n;
  }
  return out;
}

// Whether `chars`, from `at` on, matches a Hunspell affix condition ("." any letter, "[abc]",
// "[^abc]", or a letter), one letter per element.
bool MatchesAt(const std::u32string& chars, size_t at, const std::u32string& condition) {
  size_t pos = at;
  for (size_t i = 0; i < condition.size(); ++pos) {
    if (pos >= chars.size()) return false;
    const char32_t c = chars[pos];
    if (condition[i] == U'.') {
      ++i;
    } else if (condition[i] == U'[') {
      const size_t close = condition.find(U']', i);
      if (close == std::u32string::npos) return false;
      const bool negated = i + 1 < close && condition[i + 1] == U'^';
      const std::u32string_view set(condition.data() + i + 1 + negated, close - i - 1 - negated);
      if ((set.find(c) != std::u32string_view::npos) == negated) return false;
      i = close + 1;
    } else {
      if (condition[i] != c) return false;
      ++i;
    }
  }
  return true;
}

// How many letters a condition covers.
size_t Elements(const std::u32string& condition) {
  size_t n = 0;
  for (size_t i = 0; i < condition.size(); ++n) {
    if (condition[i] == U'[') {
      const size_t close = condition.find(U']', i);
      i = close == std::u32string::npos ? condition.size() : close + 1;
    } else {
      ++i;
    }
  }
  return n;
}

bool ConditionHoldsAtStart(std::string_view root, std::string_view condition) {
  if (condition == ".") return true;
  return MatchesAt(Decode(root), 0, Decode(condition));
}

bool ConditionHoldsAtEnd(std::string_view root, std::string_view condition) {
  if (condition == ".") return true;
  const std::u32string chars = Decode(root), cond = Decode(condition);
  const size_t n = Elements(cond);
  return chars.size() >= n && MatchesAt(chars, chars.size() - n, cond);
}

// Hunspell's numbers: digits, with single '.', ',' or '-' between them.
bool IsNumber(std::string_view w) {
  bool digit_last = false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] >= '0' && w[i] <= '9') {
      digit_last = true;
    } else if ((w[i] == '.' || w[i] == ',' || w[i] == '-') && i > 0 && digit_last) {
      digit_last = false;
    } else {
      return false;
    }
  }
  return digit_last;
}

// --- Reading the dictionary files -----------------------------------------------------------

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string ToUtf8(const std::string& bytes, const std::string& encoding) {
  if (encoding == "UTF-8" || encoding == "utf-8") return bytes;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(encoding.c_str(), &status),
                                                          ucnv_close);
  if (U_FAILURE(status)) throw std::runtime_error("unknown encoding " + encoding);
  std::string out(bytes.size() * 3 + 1, '\0');
  UConverter* utf8 = ucnv_open("UTF-8", &status);
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(utf8, conv.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  ucnv_close(utf8);
  if (U_FAILURE(status)) throw std::runtime_error("cannot convert from " + encoding);
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> f;
  std::istringstream in(line);
  for (std::string w; in >> w;) f.push_back(std::move(w));
  return f;
}

// The .aff options whose meaning the checker does not implement.
constexpr std::string_view kUnsupported[] = {"FLAG",
                                             "COMPOUNDFLAG",
                                             "COMPOUNDBEGIN",
                                             "COMPOUNDMIDDLE",
                                             "COMPOUNDEND",
                                             "COMPOUNDRULE",
                                             "ONLYINCOMPOUND",
                                             "NEEDAFFIX",
                                             "PSEUDOROOT",
                                             "FORBIDDENWORD",
                                             "CIRCUMFIX",
                                             "ICONV",
                                             "OCONV",
                                             "IGNORE",
                                             "FULLSTRIP",
                                             "COMPLEXPREFIXES",
                                             "KEEPCASE",
                                             "BREAK",
                                             "CHECKSHARPS",
                                             "LANG",
                                             "AF",
                                             "AM"};

}  // namespace

uint32_t Hash(std::string_view bytes) {
  uint32_t h = 2166136261u;
  for (char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

Dictionary ReadDictionary(const std::string& aff_path, const std::string& dic_path) {
  const std::string aff_bytes = ReadAll(aff_path);
  std::string encoding = "ISO8859-1";  // Hunspell's default
  for (const std::string& line : Lines(aff_bytes)) {
    const std::vector<std::string> f = Fields(line);
    if (f.size() >= 2 && f[0] == "SET") encoding = f[1];
  }
  Dictionary dict;
  const std::vector<std::string> aff = Lines(ToUtf8(aff_bytes, encoding));
  for (size_t i = 0; i < aff.size(); ++i) {
    const std::vector<std::string> f = Fields(aff[i]);
    if (f.empty() || f[0].starts_with('#')) continue;
    if (std::find(std::begin(kUnsupported), std::end(kUnsupported), f[0]) != std::end(kUnsupported))
      throw std::runtime_error(aff_path + ": " + f[0] + " is not supported");
    if ((f[0] != "PFX" && f[0] != "SFX") || f.size() != 4) continue;
    if (f[1].size() != 1 || static_cast<unsigned char>(f[1][0]) >= 0x80)
      throw std::runtime_error(aff_path + ": flag " + f[1] + " is not one ASCII character");
    const size_t count = std::stoul(f[3]);
    for (size_t k = 1; k <= count; ++k) {
      if (i + k >= aff.size()) throw std::runtime_error(aff_path + ": truncated " + f[0]);
      const std::vector<std::string> r = Fields(aff[i + k]);
      if (r.size() < 4 || r[0] != f[0] || r[1] != f[1])
        throw std::runtime_error(aff_path + ": bad rule: " + aff[i + k]);
      if (r[3].find('/') != std::string::npos)
        throw std::runtime_error(aff_path + ": continuation classes are not supported");
      dict.rules.push_back({f[0] == "SFX", f[2] == "Y", f[1][0], r[2] == "0" ? "" : r[2],
                            r[3] == "0" ? "" : r[3], r.size() > 4 ? r[4] : "."});
    }
    i += count;
  }
  const std::vector<std::string> dic = Lines(ToUtf8(ReadAll(dic_path), encoding));
  for (size_t i = 1; i < dic.size(); ++i) {  // the first line is the count
    std::string entry = dic[i];
    // As Hunspell reads a line: a tab or a morphological field ends the word; "\/" is a slash.
    if (const size_t tab = entry.find('\t'); tab != std::string::npos) entry.resize(tab);
    if (entry.find(' ') != std::string::npos)
      throw std::runtime_error(dic_path + ": fields after a space are not supported");
    if (entry.find("\\/") != std::string::npos)
      throw std::runtime_error(dic_path + ": escaped slashes are not supported");
    if (entry.empty()) continue;
    const size_t slash = entry.find('/', 1);
    std::string word = entry.substr(0, slash);
    std::string flags = slash == std::string::npos ? "" : entry.substr(slash + 1);
    for (char c : flags)
      if (static_cast<unsigned char>(c) >= 0x80)
        throw std::runtime_error(dic_path + ": a flag is not ASCII: " + entry);
    dict.roots.emplace_back(std::move(word), std::move(flags));
  }
  return dict;
}

std::string MakeImage(const std::vector<std::pair<std::string, Dictionary>>& dictionaries) {
  if (dictionaries.size() > kMaxLanguages) throw std::runtime_error("too many languages");
  Header header{};
  std::memcpy(header.magic, kMagic, sizeof kMagic);
  header.version = kVersion;
  std::string pool(1, '\0');  // offset 0: no string
  std::unordered_map<std::string, uint32_t> interned;
  auto intern = [&](const std::string& s) -> uint32_t {
    if (s.size() > 255) throw std::runtime_error("a string of more than 255 bytes: " + s);
    auto [it, added] = interned.try_emplace(s, static_cast<uint32_t>(pool.size()));
    if (added) {
      pool.push_back(static_cast<char>(s.size()));
      pool += s;
    }
    return it->second;
  };
  std::vector<std::vector<Root>> root_tables;
  std::vector<std::vector<Affix>> affix_tables;
  for (const auto& [code, dict] : dictionaries) {
    std::vector<Root> slots(std::max<size_t>(2, dict.roots.size() * 2));
    for (const auto& [word, flags] : dict.roots) {
      const uint32_t h = Hash(word);
      size_t at = h % slots.size();
      while (slots[at].word != 0) at = (at + 1) % slots.size();
      slots[at] = {h, intern(word), intern(flags)};
    }
    std::vector<Affix> affixes;
    for (const Dictionary::Rule& r : dict.rules)
      affixes.push_back({r.suffix, r.cross, static_cast<uint8_t>(r.flag), 0, intern(r.strip),
                         intern(r.append), intern(r.condition)});
    root_tables.push_back(std::move(slots));
    affix_tables.push_back(std::move(affixes));
  }
  std::string out(sizeof header, '\0');
  auto append = [&](const void* data, size_t bytes) {
    const auto offset = static_cast<uint32_t>(out.size());
    out.append(static_cast<const char*>(data), bytes);
    out.resize((out.size() + 3) & ~size_t{3}, '\0');
    return offset;
  };
  for (size_t i = 0; i < dictionaries.size(); ++i) {
    LanguageEntry& l = header.languages[i];
    const std::string& code = dictionaries[i].first;
    if (code.empty() || code.size() >= sizeof l.code) throw std::runtime_error("bad code " + code);
    std::memcpy(l.code, code.data(), code.size());
    l.roots = {append(root_tables[i].data(), root_tables[i].size() * sizeof(Root)),
               static_cast<uint32_t>(root_tables[i].size())};
    l.affixes = {append(affix_tables[i].data(), affix_tables[i].size() * sizeof(Affix)),
                 static_cast<uint32_t>(affix_tables[i].size())};
  }
  const uint32_t pool_at = static_cast<uint32_t>(out.size());
  out += pool;
  // String offsets were taken within the pool; the pool now starts at pool_at.
  auto shift = [&](uint32_t& offset) {
    if (offset != 0) offset += pool_at;
  };
  for (size_t i = 0; i < dictionaries.size(); ++i) {
    const LanguageEntry& l = header.languages[i];
    auto* roots = reinterpret_cast<Root*>(out.data() + l.roots.offset);
    for (uint32_t k = 0; k < l.roots.count; ++k) {
      shift(roots[k].word);
      shift(roots[k].flags);
    }
    auto* affixes = reinterpret_cast<Affix*>(out.data() + l.affixes.offset);
    for (uint32_t k = 0; k < l.affixes.count; ++k) {
      shift(affixes[k].strip);
      shift(affixes[k].append);
      shift(affixes[k].condition);
    }
  }
  if (out.size() >= (uint64_t{1} << 32)) throw std::runtime_error("image too large");
  header.size = static_cast<uint32_t>(out.size());
  std::memcpy(out.data(), &header, sizeof header);
  return out;
}

View::View(std::string_view bytes) : bytes_(bytes) {
  Header h;
  if (bytes.size() < sizeof h) throw std::runtime_error("common-word image: too short");
  std::memcpy(&h, bytes.data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.version != kVersion ||
      h.size != bytes.size())
    throw std::runtime_error("not a common-word image of version " + std::to_string(kVersion));
  auto fits = [&](const Section& s, size_t item) {
    return s.offset <= bytes.size() && s.count <= (bytes.size() - s.offset) / item;
  };
  for (const LanguageEntry& l : h.languages)
    if (!fits(l.roots, sizeof(Root)) || !fits(l.affixes, sizeof(Affix)))
      throw std::runtime_error("common-word image: a section out of bounds");
}

const LanguageEntry* View::Find(std::string_view language) const {
  if (bytes_.empty() || language.empty() || language.size() >= 4) return nullptr;
  const auto* h = reinterpret_cast<const Header*>(bytes_.data());
  for (const LanguageEntry& l : h->languages)
    if (l.code[0] != '\0' && std::string_view(l.code, strnlen(l.code, sizeof l.code)) == language)
      return &l;
  return nullptr;
}

std::string_view View::String(uint32_t offset) const {
  if (offset == 0) return {};
  return bytes_.substr(offset + 1, static_cast<unsigned char>(bytes_[offset]));
}

// Whether `word` is a root carrying `flag1` and `flag2` (0: any root).
bool View::IsRoot(const LanguageEntry& l, std::string_view word, char flag1, char flag2) const {
  if (l.roots.count == 0) return false;
  const auto* slots = reinterpret_cast<const Root*>(bytes_.data() + l.roots.offset);
  const uint32_t h = Hash(word);
  for (size_t at = h % l.roots.count; slots[at].word != 0; at = (at + 1) % l.roots.count) {
    if (slots[at].hash != h || String(slots[at].word) != word) continue;  // a homonym each
    const std::string_view flags = String(slots[at].flags);
    if ((flag1 == 0 || flags.find(flag1) != std::string_view::npos) &&
        (flag2 == 0 || flags.find(flag2) != std::string_view::npos))
      return true;
  }
  return false;
}

bool View::Spells(std::string_view language, std::string_view word) const {
  const LanguageEntry* l = Find(language);
  if (l == nullptr || word.empty()) return false;
  if (IsNumber(word) || IsRoot(*l, word, 0, 0)) return true;
  const auto* affixes = reinterpret_cast<const Affix*>(bytes_.data() + l->affixes.offset);
  const std::span<const Affix> rules(affixes, l->affixes.count);
  // A suffix: the word is a root with its strip replaced by the suffix's letters.
  auto suffixed = [&](std::string_view w, const Affix& s, char other_flag) {
    const std::string_view append = String(s.append);
    if (!s.suffix || w.size() <= append.size() || !w.ends_with(append)) return false;
    std::string root(w.substr(0, w.size() - append.size()));
    root += String(s.strip);
    return ConditionHoldsAtEnd(root, String(s.condition)) &&
           IsRoot(*l, root, static_cast<char>(s.flag), other_flag);
  };
  for (const Affix& s : rules)
    if (suffixed(word, s, 0)) return true;
  for (const Affix& p : rules) {
    const std::string_view append = String(p.append);
    if (p.suffix || word.size() <= append.size() || !word.starts_with(append)) continue;
    std::string root(String(p.strip));
    root += word.substr(append.size());
    if (!ConditionHoldsAtStart(root, String(p.condition))) continue;
    if (IsRoot(*l, root, static_cast<char>(p.flag), 0)) return true;
    if (p.cross)
      for (const Affix& s : rules)
        if (s.cross && suffixed(root, s, static_cast<char>(p.flag))) return true;
  }
  return false;
}

}  // namespace twindex::text::common_words
