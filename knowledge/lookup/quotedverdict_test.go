package lookup

import "testing"

// TestQuotedVerdict checks that a yes/no question a named person's
// quotation settles is answered first, attributed: "Yes, according to
// Chief Ana Ruiz", or "No" when the quotation denies it; a claim not in
// quotation marks stays a claim.
func TestQuotedVerdict(t *testing.T) {
	e := engineOf(t, "Boater rescued after night on the lake\n\nLAKE CITY, Minn. (AP) — A boater whose engine failed was rescued Sunday, officials said.\n\nDale Prewitt was taken to a hospital in Red Wing.\n\n\"He was soaked and shivering, but he was never injured,\" said Fire Chief Ana Ruiz. \"He stayed with the boat.\"\n\nPrewitt's family claimed that the marina had ignored his radio calls.\n")
	checkOpenings(t, e, []openingCase{
		{"did he stay with the boat", "Yes, according to Fire Chief Ana Ruiz", nil, nil},
		{"was prewitt injured", "No, according to Fire Chief Ana Ruiz", nil, nil},
		{"did the marina ignore his radio calls", "The article reports a claim", nil, nil},
	})
}
