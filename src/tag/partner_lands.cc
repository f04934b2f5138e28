#include "tag/partner_lands.h"

#include <algorithm>
#include <array>

namespace twindex::tag {
namespace {

constexpr std::array<std::string_view, 59> kPartnerLands = {
    "AD", "AL", "AM", "AT", "AX", "AZ", "BA", "BE", "BG", "BY", "CH", "CZ", "DE", "DK", "EE",
    "ES", "FI", "FR", "GB", "GE", "GG", "GI", "GR", "HR", "HU", "IE", "IL", "IM", "IT", "JE",
    "KG", "KZ", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT",
    "RO", "RS", "RU", "SE", "SI", "SK", "SM", "TJ", "TM", "TR", "UA", "UZ", "VA", "XK"};

}  // namespace

bool InPartnerLands(std::string_view country) {
  return std::find(kPartnerLands.begin(), kPartnerLands.end(), country) != kPartnerLands.end();
}

}  // namespace twindex::tag
