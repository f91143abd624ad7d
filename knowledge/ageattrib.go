package knowledge

import (
	"regexp"
	"strings"
)

// A news story gives a person's age once, beside the name ("Aiden Brooks,
// 17," or "17-year-old Aiden Brooks", or "The 17-year-old who started the
// petition, Aiden Brooks,"; AP Stylebook, "ages"), and may then attribute a
// quotation by it: `"…," the 17-year-old said`. The description names the
// one person the story gives that age.

// yearOldWord is a compound adjective of age: "17-year-old".
var yearOldWord = regexp.MustCompile(`^(\d{1,3})-year-old$`)

// ageSubject resolves a subject written as "the N-year-old" ending at token
// x of paragraph k to the person named, in this paragraph or an earlier
// one, in a sentence that gives that age; -1 when none or more than one
// person is.
func (at *attributor) ageSubject(k, x int) int {
	p := &at.d.paras[k]
	if x < 1 || !strings.EqualFold(p.toks[x-1].s, "the") {
		return -1
	}
	m := yearOldWord.FindStringSubmatch(strings.ToLower(p.toks[x].s))
	if m == nil {
		return -1
	}
	found := -1
	for pk := 0; pk <= k; pk++ {
		for _, mt := range at.d.mentions[pk] {
			if pk == k && mt.j > x || !at.candidate(pk, mt) || !at.agedIn(pk, mt, m[1]) {
				continue
			}
			if found >= 0 && found != mt.ent {
				return -1 // two people of that age: the description names neither
			}
			found = mt.ent
		}
	}
	return found
}

// agedIn reports whether mention mt of paragraph k is given age n: by ", n,"
// right after the name, or by an "n-year-old" in the mention's sentence
// with no other person named between them.
func (at *attributor) agedIn(k int, mt mention, n string) bool {
	p := &at.d.paras[k]
	if mt.j+1 < len(p.toks) && p.toks[mt.j].s == n && strings.HasPrefix(strings.TrimSpace(p.gap(mt.j)), ",") {
		return true // "Aiden Brooks, 17,"
	}
	a, b := p.sentTokens(mt.sent)
	for i := a; i < b; i++ {
		if at.quoted(k, i) || strings.ToLower(p.toks[i].s) != n+"-year-old" {
			continue
		}
		lo, hi := min(i, mt.i), max(i, mt.i)
		for _, o := range inSentence(at.d.mentions[k], mt.sent) {
			if o.ent != mt.ent && o.i > lo && o.i < hi && at.ents[o.ent].Kind == Person {
				return false // "17-year-old Ana Ruiz and Aiden Brooks": the age is Ruiz's
			}
		}
		return true
	}
	return false
}
