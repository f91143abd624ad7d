package knowledge

import (
	"regexp"
	"strings"
)

// A decade is a time, not a premodifier (part of entity kinds). "The
// 1970s", "the '80s" name a decade by its plural year (Quirk et al. 1985,
// §5.42 on plural numerals naming decades; AP Stylebook, "years": "the
// 1890s", "the '20s"), and "in the 1970s" is a complete adverbial of
// time: a capitalised name after it opens the clause ("In the 1970s
// Delacroix struggled"), so its "the" does not make the name a team's or
// a firm's, as "the 10-woman Tacoma Tide" does.

// decadeWord matches a decade written as a plural year: "1970s", "'80s",
// "’90s".
var decadeWord = regexp.MustCompile(`^(\d{3}0|['’]?\d0)s$`)

// isDecade reports whether w names a decade.
func isDecade(w string) bool { return decadeWord.MatchString(w) }

// numberedPremodifier reports whether the token at b, just before the name
// at i, is a premodifier holding a number or hyphen ("the 10-woman Tacoma
// Tide"), not a decade.
func numberedPremodifier(p *para, b, i int) bool {
	w := p.toks[b].s
	return strings.ContainsAny(w, "0123456789-") && !isDecade(w) && spaceOnly(p.gap(i))
}
