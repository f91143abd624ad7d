package lookup

import "slices"

// The members of a counted group named after it (part of stage 4, in
// personCompoundUnit). A collective noun of persons takes an "of" phrase
// naming its members ("a team of volunteers", "a crew of divers"; Quirk
// et al. 1985, §5.108 on collective nouns, §17.38 on "of" postmodifiers),
// so a compound of a number and a person noun before that group noun
// ("a five-person team of volunteers") counts those members: "how many
// volunteers" is answered by it as by "five volunteers".

// membersNamed reports whether q counts the noun of the "of" phrase right
// after the group noun the person compound n premodifies.
func (e *Engine) membersNamed(q *query, s *sentence, n quantity) bool {
	h := e.premodifiedHead(s, n.end, true)
	if h < 0 || h+2 >= len(s.toks) || s.toks[h+1].lower != "of" {
		return false
	}
	return q.typ == tCount && slices.Contains(q.focus, s.toks[h+2].stem)
}
