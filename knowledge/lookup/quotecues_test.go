package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// rowingFinal is a short article written for this test, in no question
// set: a player whose only mention with "added" counts points, one whose
// words are reported with a quoted fragment, and a coach quoted directly.
const rowingFinal = `Harbor City edges Linden 54-51 for league crown

LINDEN, Ore. (AP) — Maya Torres scored 20 points and Harbor City held off Linden 54-51 on Saturday for its first league title.

Nadia Brooks, a 6-foot-2 forward, added 12 points and nine rebounds for Harbor City. Kim Lee added a late layup.

Linden guard Ellie Shaw missed a tying 3 at the buzzer. Shaw, who cried on the bench afterward, said she would "get back in the gym Monday."

"We trusted each other all night," Harbor City coach Ron Avery said.
`

func TestSpeechQuestionsTakeOnlyWordsSaid(t *testing.T) {
	e := engineOf(t, rowingFinal)
	checkAnswers(t, e, []answerCase{
		// "anything from her" asks for her words; "how did X take it", her reaction
		{"shaw missed at the buzzer. anything from her", []string{"get back in the gym"}, nil},
		{"how did shaw take it", []string{"get back in the gym"}, []string{"missed a tying"}},
		{"anything on the record from the coach", []string{"trusted each other"}, nil},
	})
	// "added 12 points" counts; it reports nothing Brooks said
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "what did brooks say after the game"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("what did brooks say: answered, though the article never quotes her:\n%s", a.Text)
	}
	// "added a late layup" is a play, not words
	if a, _ := e.Answer(context.Background(), knowledge.Question{Text: "what did lee say"}); a.Found {
		t.Errorf("what did lee say: answered, though the article never quotes her:\n%s", a.Text)
	}
}

// bridgeVote is a short article written for this test, in no question
// set: a mayor who speaks through a spokesman, and a school's athletic
// director quoted.
const bridgeVote = `Council approves bridge repairs

MILLBROOK, Ohio (AP) — The City Council voted 5-2 on Tuesday to spend $3 million repairing the Elm Street bridge, sending the plan to Mayor Dana Kline.

The mayor's spokesman, Owen Pratt, said Kline would sign it Friday. "The mayor has walked that bridge every week for a year, and she has seen the cracks," Pratt said.

The bridge carries buses to Millbrook High School, whose athletic director, Rosa Vance, said teams would ride a detour until fall.

"Our players can live with a longer ride," Vance said.
`

func TestOfficeAndTitleAbbreviationSpeakers(t *testing.T) {
	e := engineOf(t, bridgeVote)
	checkAnswers(t, e, []answerCase{
		// "gov's", "mayor's office": the genitive of a title, spoken for by staff
		{"anything on the record from the mayor's office", []string{"walked that bridge"}, []string{"longer ride"}},
		{"what did the mayor's office say", []string{"walked that bridge"}, nil},
		// "AD" in capitals is the athletic director
		{"any quote from the millbrook AD", []string{"longer ride"}, []string{"walked that bridge"}},
	})
}

func TestGenitiveChatAbbreviation(t *testing.T) {
	if got := expandChat("the gov's office"); got != "the governor's office" {
		t.Errorf("expandChat: %q", got)
	}
}

// damPlan is a short article written for this test, in no question set: a
// group's unquoted statement borne out by a member introduced and quoted
// in the next paragraph, and another group's followed by a speaker met
// before.
const damPlan = `State backs dam removal

SALEM, Ore. (AP) — The state will remove the Cold Creek dam next summer, officials said Monday.

"The fish need that river back," said Jo Hart, the state's water director.

Anglers said the work was overdue.

"We have waited twenty years for this," said Ben Ruiz, who leads the Cold Creek Fly Club.

Teachers said the plan came late. Mia Cole, who teaches at Hill School, said she learned of it Monday.

"We read about it in the paper," Cole said.

Farmers said they worried about their wells.

"We will watch the wells closely," Hart said.
`

func TestGroupStatementAndMemberQuoted(t *testing.T) {
	e := engineOf(t, damPlan)
	checkAnswers(t, e, []answerCase{
		// a quotation asked of a group: the member quoted right after its statement
		{"any quotes from the anglers", []string{"waited twenty years"}, nil},
		// or introduced in the statement's own paragraph, and quoted in the next
		{"any quotes from the teachers", []string{"read about it in the paper"}, nil},
		// Hart, quoted before, speaks for the state, not for the farmers
		{"any quotes from the farmers", []string{"worried about their wells"}, []string{"watch the wells"}},
	})
}

func TestEraAbbreviationStays(t *testing.T) {
	if got := expandChat("what happened in 79 AD"); got != "what happened in 79 AD" {
		t.Errorf("expandChat: %q", got)
	}
}

func TestChatOpsIsOperations(t *testing.T) {
	// Wiktionary, "ops": operations; its stem meets "operating costs"
	if got := expandChat("ops cost vs fares"); got != "operations cost versus fares" {
		t.Errorf("expandChat = %q", got)
	}
}
