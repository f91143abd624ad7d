package lookup

import (
	"cmp"
	"regexp"
)

// A hometown after a description (part of stage 4, places): a news lead
// that delays the name describes the person first and gives the town
// with the description ("A 15-year-old from Florence won the title",
// "a retiree of Marion said"; the AP Stylebook's identification by age
// and hometown, which a delayed lead keeps with the description), so
// "where is she from" is answered by the "from" or "of" phrase right
// after a description the article resolves to her (descRefs), when the
// article knows the words after it as no person, organisation or other
// entity but a place (unknownHometown's test) or as a place. The
// from-phrase may also stand inside the description itself, as the
// postmodifier of its role noun in an appositive before the name ("A
// fisherman from Newport, Dale Hix, called"; Quirk et al. 1985, §17.37 on
// prepositional postmodifiers, and §9.15 on "from" of origin).

// describedFromRe is the town right after a description: "from" or "of"
// and a capitalised name, with its state.
var describedFromRe = regexp.MustCompile(`^\s+(?:from|of)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)(` + stateTail + `)`)

// describedHometown answers where person x is from by the town after a
// description that refers to x.
func (e *Engine) describedHometown(x int) (reply, bool) {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, t := range s.toks {
			if y, ok := e.descRefs[[2]int{i, k}]; !ok || y != x {
				continue
			}
			m := describedFromRe.FindStringSubmatch(s.text[t.end:])
			if m == nil {
				continue
			}
			if p := e.unknownHometown(" of " + m[1] + m[2]); p != "" {
				return reply{found: true, head: p + ".", used: []*sentence{s}}, true
			}
			if p := e.placeOfName(" of " + m[1] + m[2]); p != "" {
				return reply{found: true, head: p + ".", used: []*sentence{s}}, true
			}
		}
	}
	return e.roleFromHometown(x)
}

// roleFromRe is a description's role noun, lower case, and the "from"
// phrase that postmodifies it: a capitalised name, with its state.
var roleFromRe = regexp.MustCompile(`\b[a-z][\w'’-]*\s+from\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)(` + stateTail + `)`)

// roleFromHometown answers where person x is from by the town a
// description of x names in its own from-phrase ("A fisherman from
// Newport"), under describedHometown's test that it is a place.
func (e *Engine) roleFromHometown(x int) (reply, bool) {
	for _, r := range e.rolesOf(x) {
		m := roleFromRe.FindStringSubmatch(r.text)
		if r.past || r.s == nil || m == nil {
			continue
		}
		if p := cmp.Or(e.unknownHometown(" of "+m[1]+m[2]), e.placeOfName(" of "+m[1]+m[2])); p != "" {
			return reply{found: true, head: p + ".", used: []*sentence{r.s}}, true
		}
	}
	return reply{}, false
}
