// Partner lands: the countries whose towns partner the towns of Poland, Belarus and Lithuania
// most (Europe, Russia, and the partner lands outside Europe: the Caucasus, Israel, Central
// Asia), as opposed to the far towns the gazetteer also knows (Perth, Hartford, Beppu).
//
// A name that several towns share is a partner land's town far more often than a far one's in
// our texts: "Perth" is the Scottish town (partner of Bydgoszcz) unless the text says otherwise,
// "Петербург" the Russian city, not Petersburg, Virginia. The list is the one
// src/tag/data/make_gazetteer.py selected the gazetteer by before far towns were added: every
// country with a time zone of Europe, Russia, and its OUTSIDE_EUROPE.
#pragma once

#include <string_view>

namespace twindex::tag {

// Whether `country` (ISO 3166 alpha-2) is a partner land.
bool InPartnerLands(std::string_view country);

}  // namespace twindex::tag
