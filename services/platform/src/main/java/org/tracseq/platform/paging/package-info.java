/** Paging shared by every list: the validated request ({@code ?page=&size=&sort=}) and the page envelope. */
package org.tracseq.platform.paging;
