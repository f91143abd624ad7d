package lookup

import "testing"

// barnFireInquiry is a short article written for this test, in no
// question set: a cause told only as the object of an inquiry.
const barnFireInquiry = `Fire destroys historic barn near Walla Walla

WALLA WALLA, Wash. (AP) — A fire destroyed a 110-year-old barn east of Walla Walla early Saturday, the county fire district said.

Fire marshal Lena Ortiz said investigators were examining a space heater in the tack room. No animals were inside.
`

// TestInquiryObject: "examining a space heater" does not say the heater
// caused the fire; a question about the examination itself is answered.
func TestInquiryObject(t *testing.T) {
	e := engineOf(t, barnFireInquiry)
	checkAnswers(t, e, []answerCase{
		{"was it a space heater", []string{"examining a space heater"}, []string{"Yes"}},
	})
	checkOpenings(t, e, []openingCase{
		{"are investigators examining a space heater", "Yes", nil, nil},
	})
}
