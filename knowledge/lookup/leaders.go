package lookup

import (
	"slices"

	"storybot/knowledge"
)

// Leaders (part of stage 4): "who runs Acme", "who heads the union
// local" ask for the person in charge of an organisation, whom news
// writing names by a title of leadership in an appositive ("Acme's
// chief executive, Jo Lane"; "Ed Cole, president of Local 9").

// directingVerbs are the stems of WordNet's verb "direct" (command with
// authority) and its troponyms: head, lead, chair, captain, spearhead,
// operate, run, administer (WordNet 3.0, synset 02439501 and the synsets
// whose hypernym it is).
var directingVerbs = set("direct", "head", "lead", "chair", "captain", "spearhead", "oper", "run", "administ")

// leaderOf answers "who runs X": the people whose description holds a
// title WordNet files under "leader" (chief, executive, president,
// director, chairman, manager) and names the organisation the question
// names, or holds every other word of the question ("Meridian's chief
// executive"). Only an organisation is run in this sense: asked of
// anything else ("who ran the race") it answers nothing here.
func (e *Engine) leaderOf(q *query) ([]int, []role) {
	if e.noLex {
		return nil, nil
	}
	k := directingTerm(q) // a directing verb, or "in charge of" (inchargeof.go)
	if k < 0 {
		return nil, nil
	}
	rest := *q
	rest.terms = slices.Delete(slices.Clone(q.terms), k, k+1)
	orgs := e.ofKind(q.subjects, knowledge.Organisation)
	if len(orgs) == 0 && !e.namesOrganisation(rest.terms) && !e.namesManagedPlace(rest.terms) {
		return nil, nil // "Jada Price led the Rangers": the act is told, its doer answers
	}
	if e.leadingTold(q, orgs, rest.terms) {
		return nil, nil // "Baylor was led by Jalen Price": the act is told of the body, its doer answers
	}
	var holders []int
	var rs []role
	asked := e.orgAskedByWords(rest.terms, orgs)
	for x, ent := range e.a.Entities {
		if ent.Kind != knowledge.Person || contains(q.subjects, x) || len(e.rolesOf(x)) == 0 {
			continue
		}
		toks := e.describedBy(x)
		if !e.leaderTitled(toks) {
			continue
		}
		if len(orgs) > 0 && e.namesAll(toks, orgs) || len(orgs) == 0 && (e.roleFits(&rest, toks) || asked >= 0 && e.namedByHead(toks, asked)) {
			holders = append(holders, x)
			rs = append(rs, e.bestRole(&rest, e.rolesOf(x)))
		}
	}
	return holders, rs
}

// leadingTold reports whether a sentence tells the asked directing act
// itself of the organisations asked, and holds the question's other
// words (rest), with a person named beside it
// ("Baylor was led by Jalen Price", "Kim Ross led the Rangers to the
// title"): the clause names its doer, who answers before any holder of a
// leader's title, since the question asks who did it, in the act's own
// verb.
func (e *Engine) leadingTold(q *query, orgs []int, rest []term) bool {
	t, ok := e.askedAct(q)
	if !ok {
		return false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !namesEvery(s, orgs) || !holdsAll(s, rest) || !slices.ContainsFunc(s.named, func(x int) bool { return e.a.Entities[x].Kind == knowledge.Person }) {
			continue
		}
		for k := range s.toks {
			if t.actAt(s.toks, k) && !nominalAt(s.toks, k) {
				return true
			}
		}
	}
	return false
}

// orgAskedByWords is the one organisation of the article whose name
// holds every one of terms ("the stranding network" of the Pacific
// Stranding Network), when the question names none by a form of its name
// (orgs is empty); -1 otherwise. A description names it by its head noun
// ("network director Helen Okafor", "the alliance's president"), as AP
// style refers to a body named in full by its generic noun after (AP
// Stylebook, "capitalization": on second reference, the generic noun
// lower case), which namedByHead reads.
func (e *Engine) orgAskedByWords(terms []term, orgs []int) int {
	if len(orgs) > 0 || len(terms) == 0 {
		return -1
	}
	found := -1
	for x, ent := range e.a.Entities {
		if ent.Kind != knowledge.Organisation || !e.nameHoldsAll(x, terms) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = x
	}
	return found
}

// nameHoldsAll reports whether every term is a word of a form of x's
// name.
func (e *Engine) nameHoldsAll(x int, terms []term) bool {
	for _, t := range terms {
		in := false
		for _, f := range e.r.ents[x].forms {
			in = in || slices.Contains(f, t.lower) || slices.Contains(f, singular(t.lower))
		}
		if !in {
			return false
		}
	}
	return true
}

// ofKind is the entities among xs of kind k, in order.
func (e *Engine) ofKind(xs []int, k knowledge.EntityKind) []int {
	var out []int
	for _, x := range xs {
		if e.r.ents[x].kind == k {
			out = append(out, x)
		}
	}
	return out
}

// namesOrganisation reports whether one of the terms is a word of the name
// of an organisation of the article ("local" of "Workers Local 412"), or a
// word the article writes capitalised as a name ("meridian" of "Meridian's
// chief executive"): what is run is named.
func (e *Engine) namesOrganisation(terms []term) bool {
	for _, t := range terms {
		for x, ent := range e.a.Entities {
			if ent.Kind != knowledge.Organisation {
				continue
			}
			for _, f := range e.r.ents[x].forms {
				if slices.Contains(f, t.lower) {
					return true
				}
			}
		}
		if e.writtenAsName(t.lower) {
			return true
		}
	}
	return false
}

// leaderTitled reports whether a description holds a title of leadership:
// a noun WordNet files under "leader", or "head".
func (e *Engine) leaderTitled(toks []token) bool {
	for _, t := range toks {
		if t.lower == "head" || e.lex.KindOf(t.lower, "leader") {
			return true
		}
	}
	return false
}

// namesAll reports whether a description names every one of the
// entities, by a form of its name or by its head noun.
func (e *Engine) namesAll(toks []token, ents []int) bool {
	for _, x := range ents {
		named := e.namedByHead(toks, x)
		for _, f := range e.r.ents[x].forms {
			for i := range toks {
				named = named || matchForm(toks, i, f)
			}
		}
		if !named {
			return false
		}
	}
	return true
}

// writtenAsName reports whether the article writes w capitalised inside a
// sentence, where only a name or a proper adjective is (a capital opening
// a sentence says nothing).
func (e *Engine) writtenAsName(w string) bool {
	for i := range e.r.sents {
		toks := e.r.sents[i].toks
		for k, t := range toks {
			if k > 0 && t.lower == w && t.cap && !isTitleWord(w) {
				return true
			}
		}
	}
	return false
}
