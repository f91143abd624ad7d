package knowledge

import (
	"fmt"
	"sort"
	"strings"
)

// relation is a phrase in which the article ties an entity to something
// ("Hillary Clinton's campaign manager, John Podesta", "the Trump
// administration"), verbatim, with the sentence holding it.
type relation struct {
	text string
	si   *sentInfo
	key  string // the word after the name, to keep one phrase per thing
}

// relations returns, in reading order and at most max of them, the
// distinct phrases that tie entity e to something: its possessive ("X's
// campaign for president", with an appositive name after it) and its use
// as a modifier ("the Trump campaign").
func (l *Lookup) relations(e, max int) []relation {
	var out []relation
	seen := map[string]bool{}
	for i := range l.ix.sents {
		si := &l.ix.sents[i]
		if !has(si.ents, e) {
			continue
		}
		p := &l.ix.d.paras[si.k]
		ms := inSentence(l.ix.d.mentions[si.k], si.s)
		for _, m := range ms {
			if m.ent != e || m.j >= si.t1 || !spaceOnly(p.gap(m.j)) {
				continue
			}
			last := p.toks[m.j-1].s
			start, end := p.toks[m.i].start, -1
			switch {
			case bare(last) != last: // "Clinton's campaign manager"
				end = l.possessed(p, si, ms, m.j)
				if m.i > si.t0 && strings.EqualFold(p.toks[m.i-1].s, "the") {
					start = p.toks[m.i-1].start // "the Democratic National Committee's servers"
				}
			case m.i > si.t0 && strings.EqualFold(p.toks[m.i-1].s, "the") && nounWord(p.toks[m.j].s):
				start, end = p.toks[m.i-1].start, p.toks[m.j].end // "the Trump administration"
			}
			if end < 0 {
				continue
			}
			key := fold(stem(tokKey(p.toks[m.j].s)))
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, relation{text: p.text[start:end], si: si, key: key})
			if len(out) == max {
				return out
			}
		}
	}
	return out
}

// nounWord reports whether w can head or continue a noun phrase: a
// lower-case word that is neither a function word, a time word nor a verb
// form.
func nounWord(w string) bool {
	lw := strings.ToLower(w)
	return w == lw && !stopwords[lw] && !notUnits[lw] && !auxiliaries[lw] && !negators[lw] &&
		!(strings.HasSuffix(lw, "ed") && len(lw) > 4) && !strings.HasSuffix(lw, "ing") && !speechVerbs[lw]
}

// possessed returns the byte end of the noun phrase a possessive heads,
// starting at token k ("campaign for president"), with an appositive name
// after a comma ("campaign manager, John Podesta"); -1 when there is none.
func (l *Lookup) possessed(p *para, si *sentInfo, ms []mention, k int) int {
	end, n := -1, 0
	for x := k; x < si.t1 && x < k+6; x++ {
		if x > k && !spaceOnly(p.gap(x)) {
			if n > 0 && strings.TrimSpace(p.gap(x)) == "," {
				if e := mentionAt(ms, x); e >= 0 && l.a.Entities[e].Kind == Person {
					mm := ms[sort.Search(len(ms), func(i int) bool { return ms[i].j > x })]
					if mm.i == x && (mm.j == si.t1 || !spaceOnly(p.gap(mm.j))) {
						end = p.toks[mm.j-1].end
					}
				}
			}
			break
		}
		w := strings.ToLower(p.toks[x].s)
		if (w == "for" || w == "of") && n > 0 && x+1 < si.t1 && spaceOnly(p.gap(x+1)) && nounWord(p.toks[x+1].s) {
			continue // "campaign for president"
		}
		if !nounWord(p.toks[x].s) {
			break
		}
		end, n = p.toks[x].end, n+1
	}
	return end
}

// relationLine states what the article ties a role-less entity to, or ""
// when it ties it to nothing.
func relationLine(ent Entity, rs []relation) string {
	if len(rs) == 0 {
		return ""
	}
	var parts []string
	for _, r := range rs {
		parts = append(parts, fmt.Sprintf("%s (¶%d)", r.text, r.si.n))
	}
	list := parts[0]
	if len(parts) > 1 {
		list = strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	}
	if ent.Kind != Person {
		return fmt.Sprintf("The article mentions %s.", list)
	}
	return fmt.Sprintf("The article gives no title for %s; it mentions %s.", ent.Name, list)
}
