package lookup

import (
	"testing"

	"storybot/knowledge"
)

// marshArticle is a short profile written for the tests of words asked
// in other forms than the article's.
const marshArticle = `Retired driver opens a free bike shop

DAYTON, Ohio (AP) — Edna Marsh, a retired bus driver, has opened a free bicycle repair shop in a former bakery on Third Street.

Marsh, 71, was born in Toledo and drove city buses for 30 years. Rents on Third Street have doubled since 2015, she said, so the landlord's offer of a year without payment surprised her.

"I fix what people ride to work," Marsh said.
`

func TestWordsInOtherForms(t *testing.T) {
	e := engineOf(t, marshArticle)
	checkAnswers(t, e, []answerCase{
		// "rent" is also the past of rend: the written form still meets "Rents"
		{"rent increase?", []string{"doubled"}, nil},
		// a modifier the article never uses does not decide
		{"what was marsh's actual job", []string{"bus driver"}, nil},
		{"where is marsh from originally", []string{"Toledo"}, nil},
	})
	// a predicative adjective is what a question asks, and stays
	for _, q := range []string{"is marsh's landlord still alive"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: answered %q, want the article doesn't say", q, a.Text)
		}
	}
}

// quarryArticle introduces each person by what they are, for the tests of
// people asked about by description.
const quarryArticle = `Quarry expansion wins approval

GRANITE FALLS, Minn. (AP) — County commissioners on Monday approved a larger gravel pit north of town, over the objections of neighbors who packed the meeting.

"We will keep the trucks off Main Street," said the company's chief executive, Paul Okonjo, 54.

Rep. Linda Marsh, R-Minn., who represents the area, said she would ask state regulators to review the permit. "Nobody here asked for more dust," Marsh said.

Walt Brenner, 77, a retired firefighter who lives next to the pit, said he would sue. "I fought fires for 30 years, and I can fight this," he said.
`

func TestPeopleByDescription(t *testing.T) {
	e := engineOf(t, quarryArticle)
	checkAnswers(t, e, []answerCase{
		// a title's synonym ("congresswoman", Rep.) and a colloquial head ("boss", chief)
		{"what did the congresswoman say", []string{"more dust"}, []string{"trucks"}},
		{"how old is the company boss", []string{"54"}, []string{"77"}},
		// a general noun ("guy") is described by its modifiers
		{"what did the retired firefighter guy say", []string{"fight this"}, nil},
		// the description alone, then the question
		{"the gop congresswoman - what did she say", []string{"more dust"}, nil},
	})
}
