package id.rembuk.ui.swot;

/** What a card's own buttons do; the board screen answers, so a card view stays a drawing. */
interface CardActions {
    void vote(String cardId);

    void unvote(String cardId);

    void unmerge(String cardId);

    boolean votingOpen();

    boolean expanded(String cardId);

    void toggleExpanded(String cardId);
}
