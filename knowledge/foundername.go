package knowledge

import (
	"slices"
	"strings"
)

// A firm is often named after its founder ("Harwick Tool & Die", founded
// by Walter Harwick), and a story calls it by that name alone on second
// reference ("Harwick's chief executive") long before it names the
// founder. A person gets the full name on first reference (AP Stylebook,
// "names"), so a bare surname written before the person's first full
// mention is not yet the person: where an organisation's name opens with
// that word, it is the organisation.

// foundersFirm gives to the organisation whose name opens with a person's
// surname every bare-surname mention of that person written before the
// person's first mention by more than one word.
func foundersFirm(d *doc, ms [][]mention, ents []*cand) {
	firms := map[string]int{} // first word of an organisation's name → the organisation
	for x, c := range ents {
		if f := strings.Fields(c.name); c.kind == Organisation && len(f) > 1 {
			if _, dup := firms[tokKey(f[0])]; dup {
				firms[tokKey(f[0])] = -1 // two firms open with it: neither is meant
			} else {
				firms[tokKey(f[0])] = x
			}
		}
	}
	for x, c := range ents {
		if c.kind != Person || len(strings.Fields(c.name)) < 2 {
			continue
		}
		o, ok := firms[tokKey(c.surname())]
		if !ok || o < 0 {
			continue
		}
		early := bareBeforeFull(ms, x)
		if len(early) > 0 {
			early = append(early, firmAfterFull(d, ms, x)...)
		}
		for _, at := range early {
			ms[at[0]][at[1]].ent = o
		}
		if len(early) > 0 && !calledBare(ms, x) {
			// the story never calls the person by the bare name: a
			// question's bare name means the firm too
			c.aliases = slices.DeleteFunc(c.aliases, func(a string) bool { return tokKey(a) == tokKey(c.surname()) })
			addAlias(ents[o], c.surname())
		}
	}
}

// A story that has called the firm by the founder's surname alone before
// naming the founder has made that bare name the firm's, and it goes on
// meaning the firm after the founder's one full mention ("Hartwell last
// raised its price") unless its sentence speaks of a person: the gendered
// pronouns he and she and their forms are personal, it and its
// non-personal (Quirk et al. 1985, §6.11), so a sentence with none of them
// gives the bare name no person to be.

// firmAfterFull returns the places of x's one-word mentions after its
// first full mention in sentences that hold no gendered pronoun.
func firmAfterFull(d *doc, ms [][]mention, x int) [][2]int {
	var out [][2]int
	full := false
	for k, para := range ms {
		for n, m := range para {
			if m.ent != x {
				continue
			}
			if m.j-m.i > 1 {
				full = true
				continue
			}
			if full && !sentenceHasGenderedPronoun(d.paras[k].toks, m.sent) {
				out = append(out, [2]int{k, n})
			}
		}
	}
	return out
}

// sentenceHasGenderedPronoun reports whether sentence s of toks holds he,
// she or one of their forms.
func sentenceHasGenderedPronoun(toks []token, s int) bool {
	for _, t := range toks {
		if t.sent == s && thirdPersonPronouns[strings.ToLower(t.s)] {
			return true
		}
	}
	return false
}

// calledBare reports whether any mention of x is one word.
func calledBare(ms [][]mention, x int) bool {
	for _, para := range ms {
		for _, m := range para {
			if m.ent == x && m.j-m.i == 1 {
				return true
			}
		}
	}
	return false
}

// bareBeforeFull returns the places (paragraph, mention) of x's one-word
// mentions before its first mention of more than one word.
func bareBeforeFull(ms [][]mention, x int) [][2]int {
	var out [][2]int
	for k, para := range ms {
		for n, m := range para {
			if m.ent != x {
				continue
			}
			if m.j-m.i > 1 {
				return out
			}
			out = append(out, [2]int{k, n})
		}
	}
	return nil // never named in full: the bare name is all the story gives
}
