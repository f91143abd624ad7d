package lookup

import (
	"strings"
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

// petitionArticle is written for the tests of chat's shortened words and
// of counts tied to their act.
const petitionArticle = `Library petition heads to ballot

ELM GROVE, Wis. (AP) — Supporters of a new branch library said Friday they had gathered 4,200 signatures, more than the 3,000 the village charter requires for a ballot question.

Organizer Rosa Kim, who has lived in the village for 40 years, said volunteers with telescopes and tents drew about 600 residents to a night-sky fair that raised $8,000 for the campaign.

Kim has three children and five grandchildren, she said.
`

func TestShortenedWordsAndCounts(t *testing.T) {
	e := engineOf(t, petitionArticle)
	checkAnswers(t, e, []answerCase{
		// a back-clipping ("sigs") and a compound with a synonymous head ("grandkids")
		{"how many sigs did they get", []string{"4,200"}, nil},
		{"how many grandkids does kim have", []string{"five"}, nil},
		// a fore-clipping ("scopes" of telescopes); an approximator does not decide
		{"roughly how many residents did the scopes draw", []string{"600"}, nil},
	})
	// a count is of what its noun did: no sentence says residents moved away
	if a := ask(t, e, knowledge.Question{Text: "how many residents moved away"}); a.Found {
		t.Errorf("answered %q, want the article doesn't say", a.Text)
	}
}

// captionedArticle has a headline and a photo caption with its credit.
const captionedArticle = `Ferry returns to service after repairs

Capt. Ines Ruiz steers the Island Star out of Bayport harbor on Monday, May 4, 2026. (AP Photo/Leo Park)

BAYPORT, Maine (AP) — The Island Star ferry returned to service Monday after six weeks of hull repairs.
`

func TestNewsroomWordsAndCaption(t *testing.T) {
	e := engineOf(t, captionedArticle)
	checkAnswers(t, e, []answerCase{
		// newsroom jargon: "hed" is the headline
		{"hed on the ferry story?", []string{"Ferry returns to service after repairs"}, nil},
		// who is in the photo is read from the caption
		{"who's the captain in the photo", []string{"Ines Ruiz"}, nil},
	})
	// the caption is given once, its credit set apart, not repeated as evidence
	a := ask(t, e, knowledge.Question{Text: "caption?"})
	if n := strings.Count(a.Text, "steers the Island Star"); n != 1 {
		t.Errorf("caption shown %d times, want once:\n%s", n, a.Text)
	}
}

func TestStorySubjectAndRelatives(t *testing.T) {
	e := engineOf(t, marshArticle)
	checkAnswers(t, e, []answerCase{
		// a lone "she" asked in the story's channel means the story's subject
		{"how old is she", []string{"71"}, nil},
		{"what did she say", []string{"I fix what people ride to work"}, nil},
	})
	// a person's relative is another person: her age is not theirs
	for _, q := range []string{"how old is her landlord", "how old is marsh's landlord"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: answered %q, want the article doesn't say", q, a.Text)
		}
	}
}
