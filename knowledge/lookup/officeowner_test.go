package lookup

import "testing"

// "what did the governor's office say" is the governor's words carried by
// her spokesman when the spokesman has no quotation of his own; an office
// whose holder the article never names or quotes is refused.
func TestOfficeOfHolder(t *testing.T) {
	e := engineOf(t, "State weighs bridge closure\n\nAUGUSTA, Maine (AP) — The state may close the Kenton River bridge for repairs next spring, officials announced Monday.\n\nA spokesman for Gov. Ellen Roy, Ben Sadowski, said the governor \"understands the hardship\" and had asked engineers to find a detour.\n\nTown manager Lisa Ortega said the detour would add 40 minutes. \"People will lose a day's pay,\" Ortega said.\n")
	checkAnswers(t, e, []answerCase{
		{"what did the governor's office say", []string{"understands the hardship"}, []string{"lose a day's pay"}},
	})
	e = engineOf(t, "Town weighs bridge closure\n\nKENTON, Maine (AP) — The town may close the Kenton River bridge next spring.\n\nTown manager Lisa Ortega said the detour would add 40 minutes. \"People will lose a day's pay,\" Ortega said.\n")
	refuses(t, e, "what did the governor's office say")
}
