package lookup

import "strings"

// The hometown premodifying an unnamed person's role noun (part of stage
// 4, places): news copy tells of someone it never names by a role noun
// with their town set before it ("a Macon pharmacist has not come
// forward", "The Smyrna store clerk who sold it"; Quirk et al. 1985,
// §17.108 on proper nouns as premodifiers, and the AP Stylebook's
// identification by hometown), so "where's the pharmacist from" is
// answered by the capitalised name before the noun the question asks
// about, with the noun premodifiers of the role between them ("store"
// of "store clerk", "school bus" of "school bus driver"), when that name
// is a place (premodifyingPlace, placedrole.go).

// maxRoleModifiers is how many lower-case noun premodifiers may stand
// between the town and the role noun ("school bus driver").
const maxRoleModifiers = 2

// unnamedPlacedHome answers where the person the question describes by a
// role noun is from by the place set before that noun in the article.
func (e *Engine) unnamedPlacedHome(q *query) (reply, bool) {
	if len(q.subjects) > 0 || !homeQuestion.MatchString(strings.ToLower(q.raw)) || q.actFrom() {
		return reply{}, false
	}
	noun := e.askedRoleNoun(q)
	if noun == "" {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, t := range s.toks {
			if t.cap || t.poss || t.lower != noun && singular(t.lower) != noun || s.quoted != nil && s.quoted[k] {
				continue
			}
			if p := e.placeBeforeRole(s, k); p != "" {
				return reply{found: true, head: p + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// placeBeforeRole is the place named by the capitalised run that stands
// before role noun k of s, across at most maxRoleModifiers lower-case
// noun premodifiers and with nothing but spaces between; "" when there is
// none.
func (e *Engine) placeBeforeRole(s *sentence, k int) string {
	j := k - 1
	for n := 0; j >= 0 && !s.toks[j].cap && n < maxRoleModifiers; n++ {
		if l := s.toks[j].lower; stopWords[l] || !e.canBe(l, "noun") || !spaceBetween(s, j, j+1) {
			return ""
		}
		j--
	}
	if j < 0 || !s.toks[j].cap || !spaceBetween(s, j, j+1) {
		return ""
	}
	last := j
	for j > 0 && s.toks[j-1].cap && !stopWords[s.toks[j-1].lower] && spaceBetween(s, j-1, j) {
		j--
	}
	name := s.text[s.toks[j].start:s.toks[last].end]
	based := strings.HasSuffix(strings.ToLower(name), "-based")
	if based {
		name = name[:len(name)-len("-based")]
	}
	if name == "" || !e.premodifyingPlace(name, based, j == 0) {
		return ""
	}
	return name
}

// spaceBetween reports whether only white space stands between tokens a
// and b of s.
func spaceBetween(s *sentence, a, b int) bool {
	return strings.TrimSpace(s.text[s.toks[a].end:s.toks[b].start]) == ""
}
