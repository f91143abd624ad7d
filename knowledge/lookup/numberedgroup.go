package lookup

import (
	"strconv"
	"strings"

	"storybot/knowledge"
)

// "Travis Odom, 34, and Marcus Whitfield, 27, were found in a shed. …
// The two men escaped early Monday": a definite noun phrase with a
// cardinal numeral refers back to a set the text has already introduced
// (the anaphoric use of the definite article, Quirk et al., A
// Comprehensive Grammar, §5.28-5.30; the cardinal numeral as its
// postdeterminer, §5.9), and news copy introduces such a set by
// coordinating its members' names. So the unnamed doer "the two men" is
// the nearest earlier coordination of exactly two named people, and
// asked who did it, the reader is owed their names.

// numberedGroup is, when np is "the N <noun>" with N two or more, the
// people of the nearest coordination of exactly N names in a body
// sentence before s, with that sentence; else nil.
func (e *Engine) numberedGroup(np string, s *sentence) ([]int, *sentence) {
	f := strings.Fields(strings.ToLower(np))
	if len(f) != 3 || f[0] != "the" {
		return nil, nil
	}
	n := int(numberWords[f[1]])
	if d, err := strconv.Atoi(f[1]); err == nil {
		n = d
	}
	if n < 2 {
		return nil, nil
	}
	for i := e.indexOf(s) - 1; i >= 0; i-- {
		p := &e.r.sents[i]
		if p.part != "" {
			continue
		}
		for _, run := range e.coordinatedPeople(p) {
			if len(run) == n {
				return run, p
			}
		}
	}
	return nil, nil
}

// coordinationGap matches the text between two coordinated names, an
// age in apposition to the first allowed ("X, 34, and Y", "X, Y and Z").
var coordinationGap = lazyRE(`^(?:,\s*\d{1,3})?(?:,\s*|\s+and\s+|,\s*and\s+)$`)

// coordinatedPeople are the runs of people s names one after another
// joined only by commas and "and".
func (e *Engine) coordinatedPeople(s *sentence) [][]int {
	var runs [][]int
	var run []int
	last := -1 // end offset of the last name in run
	for j := 0; j < len(s.toks); j++ {
		x, l := e.personNameAt(s, j)
		if x < 0 {
			continue
		}
		if last >= 0 && !contains(run, x) && coordinationGap.MatchString(s.text[last:s.toks[j].start]) {
			run = append(run, x)
		} else {
			if len(run) > 0 {
				runs = append(runs, run)
			}
			run = []int{x}
		}
		last = s.toks[j+l-1].end
		j += l - 1
	}
	if len(run) > 0 {
		runs = append(runs, run)
	}
	return runs
}

// personNameAt is the person whose longest name form starts at token j
// of s, with that form's length in tokens, or -1.
func (e *Engine) personNameAt(s *sentence, j int) (int, int) {
	best, bl := -1, 0
	for _, x := range s.named {
		if e.a.Entities[x].Kind != knowledge.Person {
			continue
		}
		for _, f := range e.r.ents[x].forms {
			if len(f) > bl && matchForm(s.toks, j, f) {
				best, bl = x, len(f)
			}
		}
	}
	return best, bl
}

// groupReply names the people xs, citing the sentence g that names them
// together and s that tells the act.
func (e *Engine) groupReply(xs []int, g, s *sentence) reply {
	names := make([]string, len(xs))
	for k, x := range xs {
		names[k] = e.a.Entities[x].Name
	}
	return reply{found: true, head: joinNames(names) + ".", used: []*sentence{g, s}}
}
