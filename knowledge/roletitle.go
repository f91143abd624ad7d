package knowledge

import "strings"

// titleSenses gives the nouns a title abbreviated before a name stands for,
// so that a later "the senator said" or "the lawmaker said" finds "Sen.
// Ann Cole". Source: AP Stylebook, "abbreviations and acronyms" and
// "titles" (Gov., Lt. Gov., Rep., Sen., military ranks, Dr., the Rev.
// abbreviated before a full name) and "legislative titles" (a
// legislator's generic description: lawmaker, legislator).
var titleSenses = map[string][]string{
	"sen":  {"senator", "lawmaker", "legislator"},
	"rep":  {"representative", "lawmaker", "legislator"},
	"gov":  {"governor"},
	"gen":  {"general"},
	"lt":   {"lieutenant"},
	"col":  {"colonel"},
	"maj":  {"major"},
	"capt": {"captain"},
	"sgt":  {"sergeant"},
	"adm":  {"admiral"},
	"cmdr": {"commander"},
	"dr":   {"doctor"},
	"prof": {"professor"},
	"supt": {"superintendent"},
	"rev":  {"reverend"},
	// written out, a legislative title still has its generic description
	"senator":        {"lawmaker", "legislator"},
	"representative": {"lawmaker", "legislator"},
	"congressman":    {"lawmaker", "legislator"},
	"congresswoman":  {"lawmaker", "legislator"},
	"assemblyman":    {"lawmaker", "legislator"},
	"assemblywoman":  {"lawmaker", "legislator"},
}

// roleHolds reports whether role, a person's role or title as written
// beside the name, holds the title noun title (lower case): in one of its
// words ("Tacoma coach" holds "coach"), or as a title word of role that
// stands for it ("State Rep." holds "lawmaker"). A possessive word only
// modifies the head ("the superintendent's brother" is a brother, not a
// superintendent; Quirk et al. 1985, §5.115 on the genitive as
// determiner), so it holds nothing.
func roleHolds(role, title string) bool {
	for _, w := range strings.Fields(role) {
		if bare(w) != w {
			continue
		}
		for _, part := range strings.Split(tokKey(w), "-") {
			if part == title || part == title+"s" {
				return true // "Attorney-General" holds "general"; "President" does not hold "resident"
			}
		}
		for _, s := range titleSenses[tokKey(w)] {
			if s == title {
				return true
			}
		}
	}
	return false
}
