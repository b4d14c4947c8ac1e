/** Where an image's files live: the master and every variant. */
export const imageFolder = (id: string) => `images/${id}`;

/** Where a video's files live: the original and its poster. */
export const videoFolder = (id: string) => `videos/${id}`;
