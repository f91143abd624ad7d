package lookup

import "strings"

// A compound military rank at the end of a role (part of stage 5, the
// answer's wording). AP style abbreviates a military title before a
// name and writes a compound rank as the abbreviation with the words
// that grade it: "Lt. Col.", "Rear Adm.", "Brig. Gen.", "Staff Sgt.",
// "Sgt. Maj." (AP Stylebook, "military titles"). The rank is one title:
// "Pentagon spokesman Lt. Col." is a Pentagon spokesman, not "the
// Pentagon spokesman Lt.", and "Rear Adm." alone is a rear admiral,
// not "the Rear".

// rankGrades are the words of the AP Stylebook's table of military
// titles that grade an abbreviated rank after them, and how each is
// written out.
var rankGrades = map[string]string{"lt": "lieutenant", "maj": "major", "brig": "brigadier",
	"rear": "rear", "vice": "vice", "staff": "staff", "master": "master", "command": "command",
	"chief": "chief", "senior": "senior", "1st": "first", "2nd": "second", "sgt": "sergeant"}

// rankStart is the index of the first word of the compound military
// rank that ends words, and len(words) when the last word is no
// abbreviated title of rank. A rank of one abbreviation is left to
// dropTrailingTitle's own reading.
func rankStart(words []string) int {
	n := len(words)
	if n < 2 || titleAbbrevs[rankKey(words[n-1])] == "" || courtesyTitles[rankKey(words[n-1])] {
		return n
	}
	i := n - 1
	for i > 0 && rankGrades[rankKey(words[i-1])] != "" {
		i--
	}
	if i == n-1 {
		return n
	}
	return i
}

// rankKey is a rank word's key: lower case, without its period.
func rankKey(w string) string {
	return strings.ToLower(strings.TrimSuffix(w, "."))
}

// compoundRank is role without the compound rank that ends it
// ("Pentagon spokesman Lt. Col.": "Pentagon spokesman"), or the rank
// written out when it is the whole role ("Rear Adm.": "rear admiral"),
// and whether role ends with one.
func compoundRank(role string) (string, bool) {
	words := strings.Fields(role)
	i := rankStart(words)
	switch {
	case i == len(words):
		return role, false
	case i > 0:
		return strings.Join(words[:i], " "), true
	}
	out := make([]string, len(words))
	for k, w := range words[:len(words)-1] {
		out[k] = rankGrades[rankKey(w)]
	}
	out[len(words)-1] = titleAbbrevs[rankKey(words[len(words)-1])]
	return strings.Join(out, " "), true
}
