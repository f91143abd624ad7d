package lookup

import (
	"slices"
	"strings"
)

// A count counts the head of its noun phrase, not the words before it
// (Quirk et al. 1985, §17.101: in a premodified noun phrase the head is
// what the phrase denotes; the premodifier only classifies it). Two
// matches of the asked noun against a count's noun go wrong by reading
// the head loosely:
//
//   - a synthetic compound whose head is an agent noun in -er or -or and
//     whose premodifier is that agent's object ("job seekers",
//     "home buyers", "ticket holders": Quirk et al. 1985, App. I.44,
//     object + verb-er compounds such as "taxpayer") counts the agents:
//     "1,100 job seekers" are no count of jobs;
//   - the agent noun in -er or -or and the patient noun in -ee of one
//     verb name its two opposite parties (Quirk et al. 1985, App. I.34 and
//     I.36: "employer", the one who employs; "employee", the one
//     employed), though a suffix stripper leaves "employ" and "employe",
//     one letter apart: "64 employers" are no count of employees.

// agentCompoundHead reports whether count n's noun is a person noun in
// -er or -or made from a verb ("seeker" of seek, "driver" of drive), so
// that a premodifier of it names the object of its verb and not the
// thing counted; "member" or "passenger", no verb's agent, is not.
func (e *Engine) agentCompoundHead(n quantity) bool {
	w := singular(n.noun)
	if e.noLex || !strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "or") || !e.lex.KindOf(w, "person") {
		return false
	}
	for _, base := range []string{w[:len(w)-2], w[:len(w)-1]} { // "seek-er", "driv(e)-r"
		if len(base) >= 3 && slices.Contains(e.lex.PartsOfSpeech(base), "verb") {
			return true
		}
	}
	return false
}

// opposedRoleStems reports whether count n's noun and the asked stem f
// are the agent noun and the patient noun of one verb ("employers" and
// "employees"), whose stems a suffix stripper leaves one "e" apart.
func opposedRoleStems(n quantity, f string) bool {
	w := singular(n.noun)
	switch {
	case f == n.unit+"e":
		return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or") // "employers" for "employees"
	case n.unit == f+"e":
		return strings.HasSuffix(w, "ee") // "employees" for "employers"
	}
	return false
}

// knownApartFromRole is knownStem but for the stem one "e" apart, the
// other party's noun of the same verb ("employ", of "employers", for
// "employe", of "employees"): the article writing employers has not
// written employees.
func (e *Engine) knownApartFromRole(stem string) bool {
	for v := range e.r.vocab {
		if stemsMeet(v, stem) && v+"e" != stem && stem+"e" != v {
			return true
		}
	}
	return false
}
