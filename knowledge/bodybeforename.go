package knowledge

import "strings"

// A body described before its name (part of stage 1, reading names): "a
// charity she founded, Open Door Outreach", "the studio, Brennan Cole,".
// A nonrestrictive appositive names the same referent as the phrase before
// it in either order (Quirk et al. 1985, §17.65), so a name set off by a
// comma right after a noun phrase whose head is a kind of business or body
// (appositiveBodyHeads) is that body, whatever a person-shaped name
// suggests. The phrase may end in a zero relative clause of a pronoun and
// a past verb ("she founded"; §17.14), which restricts it and leaves its
// head where it was. A name that opens an attribution ("hired a firm,
// Cole said") is the speaker, not the appositive.

// bodyBeforeName reports whether some mention of entity ent follows such
// a noun phrase and its comma.
func bodyBeforeName(d *doc, ent int) bool {
	for k, ms := range d.mentions {
		p := &d.paras[k]
		for _, m := range ms {
			if m.ent != ent || m.i < 2 || strings.TrimSpace(p.gap(m.i)) != "," {
				continue
			}
			if m.j < len(p.toks) && speechVerbs[tokKey(p.toks[m.j].s)] {
				continue
			}
			if h := zeroRelativeStart(p, m.i-1); appositiveBodyHeads[tokKey(p.toks[h].s)] && !isCapitalised(p.toks[h].s) && determinedHead(p, h) {
				return true
			}
		}
	}
	return false
}

// zeroRelativeStart is the token before a zero relative clause of a
// subject pronoun and a past verb ending at token v ("company he
// controlled"), or v when there is none.
func zeroRelativeStart(p *para, v int) int {
	if v >= 2 && strings.HasSuffix(tokKey(p.toks[v].s), "ed") && spaceOnly(p.gap(v)) && spaceOnly(p.gap(v-1)) {
		switch tokKey(p.toks[v-1].s) {
		case "he", "she", "they", "we", "it":
			return v - 2
		}
	}
	return v
}

// determinedHead reports whether a determiner opens the noun phrase whose
// head is token h, past up to three lower-case premodifiers joined by
// spaces or hyphens.
func determinedHead(p *para, h int) bool {
	for b := h - 1; b >= 0 && b >= h-4; b-- {
		if g := p.gap(b + 1); !spaceOnly(g) && g != "-" {
			return false
		}
		switch w := tokKey(p.toks[b].s); {
		case w == "a" || w == "an" || w == "the" || w == "its" || w == "his" || w == "her" || w == "their":
			return true
		case isCapitalised(p.toks[b].s) || stopwords[w]:
			return false
		}
	}
	return false
}
