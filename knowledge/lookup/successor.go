package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// A successor (part of stage 4, who did it): "who's taking over", "who
// replaced him", "who will succeed her" ask who now holds the post of
// someone who left it. News writing seldom answers with the question's
// verb; it names the new holder by a temporary title, "will serve as
// acting mayor", "named … as interim director", "Acting Chief Dana Wu"
// (AP Stylebook, "acting": lowercase before a capitalised title). The
// verbs are those of WordNet 3.0's synsets for taking another's place:
// replace ("take the place or move into the position of"), supplant and
// supersede (its synonyms), succeed ("be the successor (of)"), take over
// ("take on titles, offices, duties, responsibilities"), substitute,
// stand in and fill in ("be a substitute"), step in ("act as a
// substitute"). The title words are WordNet's adjectives of that sense,
// acting ("serving temporarily especially as a substitute") and interim
// ("serving during an intermediate interval of time"), and the nouns
// successor and replacement ("a person who follows next in order", "a
// person … that takes the place of another"). An article that writes the
// question's one-word verb ("Wu will replace him") is read the usual way.

// successionStems are the stems of the one-word verbs of succession.
var successionStems = set("replac", "succeed", "supplant", "supersed", "substitut")

// successionParticles are the particles of the multi-word ones, by verb.
var successionParticles = map[string]string{"take": "over", "step": "in", "fill": "in", "stand": "in"}

// successorWords mark a post held in another's place.
var successorWords = set("acting", "interim", "successor", "replacement")

// asksSuccessor reports whether a who-question's verb is one of
// succession.
func asksSuccessor(q *query) bool {
	who := false
	for i, t := range q.toks {
		switch {
		case t.lower == "who" || t.lower == "whos":
			who = true
		case !who:
		case successionStems[t.stem]:
			return true
		case i+1 < len(q.toks) && successionParticles[verbBase(t.lower)] != "" && q.toks[i+1].lower == successionParticles[verbBase(t.lower)]:
			return true
		}
	}
	return false
}

// verbBase is the base form of the regular and irregular forms of the
// verbs of successionParticles.
func verbBase(w string) string {
	switch w {
	case "took", "taken", "taking", "takes":
		return "take"
	case "stepped", "stepping", "steps":
		return "step"
	case "filled", "filling", "fills":
		return "fill"
	case "stood", "standing", "stands":
		return "stand"
	}
	return w
}

// successor answers a succession who-question with the people the
// article gives a post in another's place, none the question names;
// false when the question asks no such thing, the article writes its
// one-word verb, or the article names no one so.
func (e *Engine) successor(q *query) (reply, bool) {
	if !asksSuccessor(q) {
		return reply{}, false
	}
	if t, ok := e.askedAct(q); ok && t.known && successionStems[t.stem] {
		return reply{}, false // "Wu will replace him": read the usual way
	}
	var names []string
	var used []*sentence
	for _, h := range e.successorsOnce() {
		if contains(q.subjects, h.x) {
			continue
		}
		if n := e.a.Entities[h.x].Name; !slices.Contains(names, n) {
			names = append(names, n)
			used = append(used, h.s)
		}
	}
	if len(names) == 0 {
		return reply{}, false
	}
	return reply{found: true, head: joinNames(names) + ".", used: used}, true
}

// holder is a person and the sentence giving them a post.
type holder struct {
	x int
	s *sentence
}

// successorsOnce is the people the article gives a post in another's
// place, read on first use.
func (e *Engine) successorsOnce() []holder {
	e.successorOnce.Do(func() {
		for i := range e.r.sents {
			s := &e.r.sents[i]
			if s.part != "" {
				continue
			}
			for k, t := range s.toks {
				if successorWords[t.lower] && !quotedAt(s, k) {
					if x := e.postHolder(s, k); x >= 0 {
						e.successors = append(e.successors, holder{x, s})
					}
				}
			}
		}
	})
	return e.successors
}

// postHolder is the person given the post whose title word is at k: the
// name the title stands before ("Acting Chief Dana Wu"), else the person
// named last before it in the sentence ("Wu will serve as acting
// chief", "named Wu as interim director"); -1 when none.
func (e *Engine) postHolder(s *sentence, k int) int {
	if x := e.personAfter(s, k); x >= 0 && s.toks[k].cap {
		return x
	}
	best, at := -1, -1
	for _, x := range s.named {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		for i := 0; i < k; i++ {
			if e.formAt(s, x, i) > 0 && i > at && !s.toks[i].poss && !strings.HasSuffix(s.toks[i].text, "'s") {
				best, at = x, i
			}
		}
	}
	return best
}
