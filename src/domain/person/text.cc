#include "domain/person/text.h"

#include <cctype>

namespace probity::person {

std::string Trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin])) != 0) {
    ++begin;
  }
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1])) != 0) {
    --end;
  }
  return std::string(text.substr(begin, end - begin));
}

std::string NameKey(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u) != 0) {
      key.push_back(static_cast<char>(std::tolower(u)));
    } else if (u >= 0x80) {
      key.push_back(c);  // keep UTF-8 letters as they are
    }
  }
  return key;
}

}  // namespace probity::person
