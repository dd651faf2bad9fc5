package id.rembuk.domain;

/** Where a programme's money comes from (sumber dana). */
public enum FundingSource implements Labelled {
    APBD, APBN, DAK, KPBU, CSR, OTHER;

    @Override
    public String labelGroup() {
        return "funding";
    }
}
