package lookup

import "strings"

// A title abbreviation after a word of level (part of stage 5, the
// answer's wording). AP style abbreviates a legislative title before a
// name and puts before it, where needed, the level of government the
// office belongs to: "U.S. Sen. John Smith", "state Rep. Ann Lee" (AP
// Stylebook, "legislative titles"; capitalised when it opens the
// sentence: "State Sen. Laura Finch"). The level word is a modifier of
// the title, not a role of its own: "State Sen." is a state senator,
// never "the State". A title abbreviation alone ("Gov.") is written out
// as well; a courtesy title alone ("Dr.", "Mrs.") says how the article
// addresses a person, not what the person is, and is left as written.

// levelWords are the words AP style puts before a legislative title to
// name its level of government (AP Stylebook, "legislative titles").
var levelWords = set("state", "u.s.", "us")

// spelledTitle is role written out when it is an abbreviated title alone
// ("Gov.": "governor") or after level words only ("State Sen.": "State
// senator"), and "" otherwise (a courtesy title alone; "National Security
// Adviser Gen.", which dropTrailingTitle shortens to the role).
func spelledTitle(role string) string {
	i := strings.LastIndexByte(role, ' ')
	last := strings.ToLower(strings.TrimSuffix(role[i+1:], "."))
	full := titleAbbrevs[last]
	if full == "" || courtesyTitles[last] {
		return ""
	}
	if i < 0 {
		return full
	}
	for _, w := range strings.Fields(role[:i]) {
		if !levelWords[strings.ToLower(w)] {
			return ""
		}
	}
	return role[:i] + " " + full
}
