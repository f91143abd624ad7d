package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Genitive employer (part of stage 4, workplaces): news writing names a
// person's employer by putting it in the genitive before the title that
// opens the appositive: "Delmont's plant manager, Gary Tollefson", "Acme
// Corp.'s chief executive, Jo Lane" (AP Stylebook, "titles": a title set
// off by commas before a name, with its organisation in the possessive;
// Quirk et al. 1985, §5.115 on the genitive with relational nouns, whose
// possessor is the body the office belongs to). So "who does Tollefson
// work for" and "what company is he with" are answered by the
// possessor, when it is an organisation of the article, or when the
// title is one of office or leadership (a corporate title or a noun
// WordNet files under "leader"), which only an organisation confers;
// "Pruett's lawyer" names a client, not an employer. A capitalised
// genitive before such a title names the organisation even when it is
// no entity the article's names were read into ("Halcyon's chief
// operating officer" in a story that reads "Halcyon Forge" as a person).

// genitiveEmployer is the organisation a description of a person the
// question names opens with in the genitive, with the description's
// sentence.
func (e *Engine) genitiveEmployer(q *query) (string, *sentence) {
	for _, x := range q.subjects {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		for _, r := range e.rolesOf(x) {
			if r.past || r.s == nil {
				continue
			}
			if org := e.rolePossessor(r.text, x); org != "" {
				return org, r.s
			}
			if org := e.definitePossessor(r); org != "" {
				return org, r.s // "The health district's director" (definitepossessor.go)
			}
		}
	}
	return "", nil
}

// rolePossessor is the name of the entity other than person x that
// description d opens with in the genitive before a title of office
// ("Delmont's plant manager"), or "".
func (e *Engine) rolePossessor(d string, x int) string {
	toks := tokenize(d)
	n := 0
	for n < len(toks) && toks[n].cap && !toks[n].poss {
		n++
	}
	if n+1 >= len(toks) || !toks[n].cap || !toks[n].poss {
		return "" // "The studio's founder", "Its president": no name in the genitive
	}
	title := toks[n+1:]
	office := corporateTitle(d[toks[n+1].start:]) || !e.noLex && e.leaderTitled(title)
	named := false
	for y, ent := range e.a.Entities {
		if y == x || !e.namesAll(toks[:n+1], []int{y}) {
			continue
		}
		named = true
		if ent.Kind == knowledge.Organisation || office && ent.Kind != knowledge.Place {
			return ent.Name
		}
	}
	if office && !named {
		return strings.TrimSuffix(strings.TrimSuffix(d[:toks[n].end], "'s"), "’s") // a name the entity reader left unread
	}
	return ""
}
