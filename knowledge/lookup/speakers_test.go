package lookup

import "testing"

// quarry is a short article written for these tests, in no question set:
// a neighbourhood leader introduced by a role appositive without an article
// after his age, a governor's spokeswoman introduced by a possessive
// appositive in the governor's own sentence, a scientist at a named
// institute, a Republican state senator and a state representative, two
// public prosecutors by their titles and a reported "Prosecutors said".
const quarry = `County approves quarry expansion after long hearing

MASON, Mich. (AP) — The Ingham County board voted 4-3 on Tuesday to let Delta Stone expand its quarry north of Mason.

Prosecutors said last year that the company had ignored blasting limits, and it paid a fine of $40,000, county records show.

Walter Pruett, 68, president of the neighborhood group Save North Mason, said his members would sue. "They scheduled this hearing at midnight on purpose," Pruett said.

Gov. Helen Marsh, who had backed the quarry, will sign the permit Friday, her spokeswoman, Alicia Dunn, said. "The governor thinks the board made the right call," Dunn said.

Dr. Rafael Ortega, 51, a geologist at the Huron Water Institute, said the blasting could crack wells. "The aquifer here is shallow, and it does not forgive mistakes," Ortega said.

State Sen. Paul Riggs, R-Mason, said he would ask for a study of the wells. "Nobody should lose their water for gravel," Riggs said. State Rep. Dana Cole, D-Lansing, said she supported the vote.

Assistant U.S. Attorney Mara Quist told jurors in a separate case last month that the company lied about its blasting logs. "The logs were fiction," she said. County Attorney Neil Bram said his office was reviewing the permit.
`

// TestSpeakersByDescription checks speakers asked by what the article calls
// them: an appositive with no article, a possessive appositive, the
// person (not the organisation) a description names, a head noun after a
// person-noun modifier, and a prosecutor's title.
func TestSpeakersByDescription(t *testing.T) {
	e := engineOf(t, quarry)
	checkAnswers(t, e, []answerCase{
		// "Pruett, 68, president of the neighborhood group …": the person, not the group
		{"what did the neighborhood group guy say about the hearing", []string{"at midnight on purpose"}, nil},
		// "her spokeswoman, Alicia Dunn": the spokeswoman, not the governor named beside her
		{"what'd the governor's spokeswoman say", []string{"made the right call"}, nil},
		// the institute modifies the head "scientist"
		{"what did the water institute geologist say", []string{"does not forgive mistakes"}, nil},
		// "republican state senator": the head is "senator"
		{"the gop state senator - what did he say", []string{"lose their water"}, nil},
		// an assistant U.S. attorney is a prosecutor; of two, the one on the topic asked
		{"what did the prosecutor tell the jury", []string{"fiction"}, nil},
	})
}

// pilotObit is a short article written for these tests, in no question set: a
// headline person quoted to an outlet in a given year, and a union that
// speaks through its president.
const pilotObit = `Ellen Voss, ferry captain who never missed a crossing, dies at 91

BAYFIELD, Wis. (AP) — Ellen Voss, who piloted the Madeline Island ferry for 44 years, has died. She was 91.

"The lake decides the schedule, and I just show up," Voss told the Duluth News Tribune in 1988. "Fog is worse than ice."

Voss was a founding member of the Lake Pilots Guild, which now has 300 members. Grace Lund, president of the Lake Pilots Guild, said the union would name its training boat after her. "She taught half of us to read the water," Lund said.

Asked in 2001 why she kept working, Voss said, "Somebody has to bring the mail."
`

// TestSpeakersOfOutletsAndGroups checks a pronoun speaker with nothing to
// refer to (the headline's person), the hearer of "tell" (not the
// speaker), and "quotes from" an organisation (its president's words).
func TestSpeakersOfOutletsAndGroups(t *testing.T) {
	e := engineOf(t, pilotObit)
	checkAnswers(t, e, []answerCase{
		// "she" is the obituary's subject; the newspaper is whom she told
		{"what did she tell the duluth paper", []string{"lake decides the schedule"}, []string{"bring the mail"}},
		{"what did she tell the Duluth News Tribune back in 88", []string{"lake decides the schedule"}, []string{"bring the mail"}},
		// quotes from a group: its president, who speaks for the union
		{"any quotes from the union?", []string{"read the water"}, nil},
	})
}

// verdictStory is a short article written for these tests, in no question
// set: a juror quoted after "One juror, …, a school bus driver," and an
// official who blamed a delay and then gave a quotation.
const verdictStory = `Jury convicts former harbor official

PORT ELLIS, Maine (AP) — A federal jury on Thursday convicted a former harbor official of taking bribes from a dredging contractor.

One juror, Lena Brandvold, a school bus driver, said outside the courthouse that the panel argued for a day over the bribery counts. "We knew he took the money," she said.

The new harbor channel is a year late. The port director, Ada Finch, blamed the delay on the trial. "We chose to wait for the verdict rather than guess," Finch said.
`

// TestSpeakersToThePress checks the press as the channel of what was said
// ("talk to press", "on the record"), a partitive that picks one of a
// group ("any of the jurors") and "did X say anything" as a request for
// what X said.
func TestSpeakersToThePress(t *testing.T) {
	e := engineOf(t, verdictStory)
	checkAnswers(t, e, []answerCase{
		{"did any of the jurors talk to the press? what did they say", []string{"took the money"}, nil},
		{"did finch say anything on the record about why it's late", []string{"wait for the verdict"}, nil},
	})
}
